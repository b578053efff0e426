import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Badge, Card, Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { searchByCode } from "@/lib/offers/search-by-code";

export const metadata: Metadata = { title: "Search" };

const KIND_LABELS = { code: "Coupon code", serial: "POS serial", offer: "Offer" } as const;

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const session = await requireConsoleSession();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const { exact, hits } = await searchByCode(session.tenant.id, q);
  // One code matched exactly: go straight to it.
  if (exact && hits.length === 1) redirect(exact.href);
  return (
    <>
      <PageHeader
        title={q ? `Search: “${q}”` : "Search"}
        description="Coupon codes (exact or by their start, capitals matter), printed POS serials and offer names."
      />
      {!q ? (
        <Notice>Type a code in the search box at the top.</Notice>
      ) : hits.length === 0 ? (
        <Notice>Nothing matches “{q}”. Codes are case-sensitive: check the capitals.</Notice>
      ) : null}
      {hits.length ? (
        <Card>
          <ul className="divide-y divide-slate-100" aria-label="Search results">
            {hits.map((hit) => (
              <li key={`${hit.kind}-${hit.href}-${hit.label}`} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                <Badge tone={hit.kind === "code" ? "indigo" : hit.kind === "serial" ? "amber" : "slate"}>{KIND_LABELS[hit.kind]}</Badge>
                <Link href={hit.href} className="font-medium text-indigo-700 hover:underline">
                  {hit.kind === "offer" ? hit.label : <code>{hit.label}</code>}
                </Link>
                <span className="text-slate-500">{hit.detail}</span>
                {exact?.href === hit.href && exact.label === hit.label ? (
                  <span className="text-xs text-emerald-700">exact match</span>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
