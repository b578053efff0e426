// The POS area's tabs: Rules · Campaigns · Issued coupons.
import { AreaTabs } from "@/components/ui/area-tabs";

const TABS = [
  { key: "rules", href: "/pos", label: "Rules" },
  { key: "campaigns", href: "/pos/campaigns", label: "Campaigns" },
  { key: "issued", href: "/pos/issued", label: "Issued coupons" },
] as const;

export function PosTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return <AreaTabs label="POS coupons" tabs={TABS} current={current} className="print:hidden" />;
}
