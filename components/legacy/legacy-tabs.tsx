// The legacy coupons area's tabs, in NOM's order: Discount rules → Coupon definitions → Coupons.
import Link from "next/link";

const TABS = [
  { key: "rules", href: "/legacy", label: "Discount rules" },
  { key: "definitions", href: "/legacy/definitions", label: "Coupon definitions" },
  { key: "coupons", href: "/legacy/coupons", label: "Coupons" },
] as const;

export function LegacyTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Legacy coupons" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4 text-sm">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`inline-block border-b-2 px-1 py-2 ${tab.key === current ? "border-indigo-600 font-medium text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
