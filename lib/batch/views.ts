// Rows of batch runs as the API and the console show them: minor units back to major units (lib/money),
// basis points to percent, the stored request turned into a simulator link with the run's drafts chosen.
import type { BatchSummary, CartDetail } from "@/lib/batch/cart-outcome";
import type { BatchRunRow, CartResultRow } from "@/lib/batch/queries";
import { BatchRunView, StoredDrafts, type BatchCartView, type BatchSummaryView } from "@/lib/batch/schemas";
import { simulatorHref } from "@/lib/carts/simulation-url";
import { toMajor } from "@/lib/money/currency";

export const BATCH_API_BASE = "/api/v1/batch-runs";

function summaryView(summary: BatchSummary | null, priced: number): BatchSummaryView | null {
  if (!summary) return null;
  const currencies = Object.entries(summary.currencies)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, t]) => ({
      currency,
      carts: t.carts,
      subtotal: toMajor(t.subtotal, currency),
      liveDiscount: toMajor(t.live, currency),
      draftDiscount: toMajor(t.draft, currency),
      difference: toMajor(t.draft - t.live, currency),
    }));
  const offers = Object.values(summary.offers)
    .map((o) => ({
      id: o.id,
      name: o.name,
      source: o.source,
      currency: o.currency,
      live: { cost: toMajor(o.live.cost, o.currency), uses: o.live.uses },
      draft: { cost: toMajor(o.draft.cost, o.currency), uses: o.draft.uses },
      difference: toMajor(o.draft.cost - o.live.cost, o.currency),
      order: Math.max(o.live.cost, o.draft.cost),
    }))
    .sort((a, b) => b.order - a.order || (a.id < b.id ? -1 : 1))
    .map(({ order: _order, ...offer }) => offer);
  return {
    carts: priced,
    changedCarts: summary.changedCarts,
    changedShare: priced ? summary.changedCarts / priced : 0,
    currencies,
    offers,
  };
}

export function toRunView(row: BatchRunRow): BatchRunView {
  return BatchRunView.parse({
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    format: row.format,
    drafts: StoredDrafts.parse(row.drafts),
    totalCarts: row.totalCarts,
    pricedCarts: row.pricedCarts,
    progress: row.status === "succeeded" ? 1 : row.totalCarts ? row.pricedCarts / row.totalCarts : 0,
    errorRows: row.errorRows,
    failure: row.failure,
    summary: summaryView(row.summary as BatchSummary | null, row.pricedCarts),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  });
}

/** A priced cart of `run`; its simulator link prices it with the run's drafts, as the draft side did. */
export function toCartView(row: CartResultRow, run: Pick<BatchRunRow, "drafts">): BatchCartView {
  const detail = JSON.parse(row.detail) as CartDetail;
  const major = (minor: number) => toMajor(minor, row.currency);
  return {
    cartId: row.cartId,
    line: row.line,
    currency: row.currency,
    subtotal: major(row.subtotal),
    live: { discount: major(row.liveDiscount), total: major(row.liveTotal), codes: detail.live },
    draft: { discount: major(row.draftDiscount), total: major(row.draftTotal), codes: detail.draft },
    difference: major(row.difference),
    discountShare: row.draftShareBp / 100,
    changed: row.changed,
    request: detail.request,
    simulatorUrl: simulatorHref(detail.request, StoredDrafts.parse(run.drafts)),
  };
}

export function runLinks(id: string) {
  const self = `${BATCH_API_BASE}/${id}`;
  return { self, results: `${self}/results.csv`, errors: `${self}/errors`, carts: `${self}/carts` };
}
