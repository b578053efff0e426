// The legacy coupons area's tabs, in NOM's order: Discount rules → Coupon definitions → Coupons.
import { AreaTabs } from "@/components/ui/area-tabs";

const TABS = [
  { key: "rules", href: "/legacy", label: "Discount rules" },
  { key: "definitions", href: "/legacy/definitions", label: "Coupon definitions" },
  { key: "coupons", href: "/legacy/coupons", label: "Coupons" },
] as const;

export function LegacyTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return <AreaTabs label="Legacy coupons" tabs={TABS} current={current} />;
}
