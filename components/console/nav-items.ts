// The console's navigation, in the order HQ teams use it.
export type NavItem = { href: string; label: string; adminOnly?: boolean };

export const NAV_ITEMS: NavItem[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/analytics", label: "Analytics" },
  { href: "/coupons", label: "Coupons" },
  { href: "/promotions", label: "Promotions" },
  { href: "/pos", label: "POS coupons" },
  { href: "/legacy", label: "Legacy coupons" },
  { href: "/simulator", label: "Cart Simulator" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/conflicts", label: "Conflicts" },
  { href: "/batch", label: "Batch what-if" },
  { href: "/catalog/products", label: "Catalog" },
  { href: "/settings", label: "Settings" },
  { href: "/audit", label: "Audit log" },
];
