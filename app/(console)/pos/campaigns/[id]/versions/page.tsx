import type { Metadata } from "next";
import { VersionsPage, type VersionsPageProps } from "@/app/(console)/offers/versions-page";

export const metadata: Metadata = { title: "Campaign versions" };

export default function Page(props: VersionsPageProps) {
  return <VersionsPage kind="pos_campaign" basePath="/pos/campaigns" label="campaign" {...props} />;
}
