"use client";
// The console's navigation: a fixed column from md up; on a phone a drawer behind the ☰ button. A
// closed drawer is `invisible` as well as off screen, so Tab and screen readers skip it; the open
// drawer has its own close button beside the logo, closes on Escape, and gives focus back to ☰.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { NAV_ITEMS } from "@/components/console/nav-items";

function isCurrent(pathname: string, href: string): boolean {
  const section = href.split("/")[1];
  return pathname === href || pathname.split("/")[1] === section;
}

export function Sidebar() {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    openButton.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      openButton.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <nav
        aria-label="Menu bar"
        className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-slate-200 bg-white px-4 md:hidden"
      >
        <button
          ref={openButton}
          type="button"
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1.5"
          aria-expanded={open}
          aria-controls="console-nav"
          onClick={() => setOpen(true)}
        >
          <span className="sr-only">Open navigation</span>
          <span aria-hidden="true">☰</span>
        </button>
        <Link href="/dashboard" className="text-lg font-semibold tracking-tight text-slate-900">
          Couponsmith
        </Link>
      </nav>
      {open ? <div className="fixed inset-0 z-30 bg-slate-900/40 md:hidden" aria-hidden="true" onClick={close} /> : null}
      <nav
        id="console-nav"
        aria-label="Main"
        className={`fixed inset-y-0 left-0 z-40 w-60 transform border-r border-slate-200 bg-slate-900 text-slate-100 transition-transform md:visible md:translate-x-0 ${open ? "visible translate-x-0" : "invisible -translate-x-full"}`}
      >
        <div className="flex items-center justify-between px-5 py-5">
          <Link href="/dashboard" className="text-lg font-semibold tracking-tight" onClick={() => setOpen(false)}>
            Couponsmith
          </Link>
          <button
            ref={closeButton}
            type="button"
            className="rounded-md px-2 py-1 text-slate-300 hover:bg-slate-800 md:hidden"
            onClick={close}
          >
            <span className="sr-only">Close navigation</span>
            <span aria-hidden="true">✕</span>
          </button>
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
