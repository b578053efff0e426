// The tabs of a console area (legacy coupons, POS): links, the current one marked for screen readers too.
import Link from "next/link";

export type AreaTab<Key extends string> = { key: Key; href: string; label: string };

export function AreaTabs<Key extends string>({
  label,
  tabs,
  current,
  className = "",
}: {
  label: string;
  tabs: readonly AreaTab<Key>[];
  current: Key;
  /** Extra classes of the nav (e.g. print:hidden). */
  className?: string;
}) {
  return (
    <nav aria-label={label} className={`mb-6 border-b border-slate-200${className ? ` ${className}` : ""}`}>
      <ul className="-mb-px flex gap-4 text-sm">
        {tabs.map((tab) => (
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
