import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Promotions" };

export default function Page() {
  return <NotBuiltYet title="Promotions" what="Automatic promotions and the global exclusion list." />;
}
