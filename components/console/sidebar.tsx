"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { NAV_ITEMS } from "@/components/console/nav-items";

function isCurrent(pathname: string, href: string): boolean {
  const section = href.split("/")[1];
  return pathname === href || pathname.split("/")[1] === section;
}

export function Sidebar() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="fixed top-3 left-3 z-30 rounded-md bg-white p-2 shadow md:hidden"
        aria-expanded={open}
        aria-controls="console-nav"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="sr-only">{open ? "Close navigation" : "Open navigation"}</span>
        <span aria-hidden="true">☰</span>
      </button>
      <nav
        id="console-nav"
        aria-label="Main"
        className={`fixed inset-y-0 left-0 z-20 w-60 transform border-r border-slate-200 bg-slate-900 text-slate-100 transition-transform md:translate-x-0 ${open ? "translate-x-0" : "-translate-x-full"}`}
      >
        <div className="px-5 py-5 text-lg font-semibold tracking-tight">
          <Link href="/dashboard">Couponsmith</Link>
        </div>
        <ul className="space-y-1 px-3">
          {NAV_ITEMS.map((item) => {
            const current = isCurrent(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  onClick={() => setOpen(false)}
                  className={`block rounded-md px-3 py-2 text-sm ${current ? "bg-slate-700 font-medium text-white" : "text-slate-300 hover:bg-slate-800 hover:text-white"}`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
