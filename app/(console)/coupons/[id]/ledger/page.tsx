import type { Metadata } from "next";
import { LedgerPage, type LedgerPageProps } from "@/app/(console)/offers/ledger-page";

export const metadata: Metadata = { title: "Coupon ledger" };

export default function Page(props: LedgerPageProps) {
  return <LedgerPage type="coupon" basePath="/coupons" {...props} />;
}
