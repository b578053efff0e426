// The POS area's tabs: Rules · Campaigns · Issued coupons.
import Link from "next/link";

const TABS = [
  { key: "rules", href: "/pos", label: "Rules" },
  { key: "campaigns", href: "/pos/campaigns", label: "Campaigns" },
  { key: "issued", href: "/pos/issued", label: "Issued coupons" },
] as const;

export function PosTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="POS coupons" className="mb-6 border-b border-slate-200 print:hidden">
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
