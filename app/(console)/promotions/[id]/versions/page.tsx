import type { Metadata } from "next";
import { VersionsPage, type VersionsPageProps } from "@/app/(console)/offers/versions-page";

export const metadata: Metadata = { title: "Promotion versions" };

export default function Page(props: VersionsPageProps) {
  return <VersionsPage kind="promotion" basePath="/promotions" label="promotion" {...props} />;
}
