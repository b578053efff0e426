import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Cart Simulator" };

export default function Page() {
  return <NotBuiltYet title="Cart Simulator" what="Simulating carts against every offer." />;
}
