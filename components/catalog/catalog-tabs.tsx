"use client";
// The tab bar between the four reference-data lists.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useSyncExternalStore } from "react";

const TABS = [
  { href: "/catalog/products", label: "Products" },
  { href: "/catalog/stores", label: "Stores" },
  { href: "/catalog/store-groups", label: "Store groups" },
  { href: "/catalog/customers", label: "Customers" },
];

const noSubscription = () => () => {};

export function CatalogTabs() {
  const pathname = usePathname();
  // false while server-rendered and hydrating, true once React runs in the browser: browser tests wait
  // for it so they do not click buttons whose handlers are not attached yet.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <nav aria-label="Catalog sections" data-hydrated={hydrated ? "true" : undefined} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-4 text-sm">
        {TABS.map((tab) => {
          const current = pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-1 pb-2 ${current ? "border-indigo-600 font-medium text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
