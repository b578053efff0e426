import type { Metadata } from "next";
import { VersionsPage, type VersionsPageProps } from "@/app/(console)/offers/versions-page";

export const metadata: Metadata = { title: "Coupon versions" };

export default function Page(props: VersionsPageProps) {
  return <VersionsPage kind="coupon" basePath="/coupons" label="coupon" {...props} />;
}
