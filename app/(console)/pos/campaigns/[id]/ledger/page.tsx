import type { Metadata } from "next";
import { LedgerPage, type LedgerPageProps } from "@/app/(console)/offers/ledger-page";

export const metadata: Metadata = { title: "POS campaign ledger" };

export default function Page(props: LedgerPageProps) {
  return <LedgerPage type="pos_campaign" basePath="/pos/campaigns" {...props} />;
}
