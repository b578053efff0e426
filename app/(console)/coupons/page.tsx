import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "Coupons" };

export default function Page() {
  return <NotBuiltYet title="Coupons" what="Coupon definitions, their codes, generation and CSV imports." />;
}
