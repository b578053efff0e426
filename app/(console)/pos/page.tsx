import type { Metadata } from "next";
import { NotBuiltYet } from "@/components/console/not-built-yet";

export const metadata: Metadata = { title: "POS coupons" };

export default function Page() {
  return <NotBuiltYet title="POS coupons" what="Printed coupon rules, campaigns and issued serials." />;
}
