// A batch run with its progress and, as carts are priced, its totals and the carts that changed most.
// Another tenant's run id answers 404 (the tenant is inside the query).
import { findCartsAboveShare, findErrorRows, findRunRow, findTopChangedCarts, listRunRows, type BatchRunRow } from "@/lib/batch/queries";
import type { BatchCartsQuery, BatchCartView, BatchErrorView, BatchRunView } from "@/lib/batch/schemas";
import { toCartView, toRunView } from "@/lib/batch/views";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { skipTake, type Page, type PageQuery } from "@/lib/http/pagination";

export const TOP_CHANGED_CARTS = 100;

export async function getBatchRunRowOrThrow(tenantId: string, id: string): Promise<BatchRunRow> {
  const row = await findRunRow(db(), tenantId, id);
  if (!row) throw AppError.notFound("Batch run");
  return row;
}

export async function getBatchRun(tenantId: string, id: string): Promise<{ batchRun: BatchRunView; topChanged: BatchCartView[] }> {
  const row = await getBatchRunRowOrThrow(tenantId, id);
  const top = await findTopChangedCarts(row.id, TOP_CHANGED_CARTS);
  return { batchRun: toRunView(row), topChanged: top.map((cart) => toCartView(cart, row)) };
}

export async function listBatchRuns(tenantId: string, query: PageQuery): Promise<Page<BatchRunView>> {
  const { rows, total } = await listRunRows(db(), tenantId, skipTake(query));
  return { items: rows.map(toRunView), total };
}

/** The carts above a discount share (percent, user-set), largest share first. */
export async function listCartsAboveShare(tenantId: string, id: string, query: BatchCartsQuery): Promise<Page<BatchCartView>> {
  const row = await getBatchRunRowOrThrow(tenantId, id);
  const { rows, total } = await findCartsAboveShare(row.id, Math.floor(query.minShare * 100), skipTake(query));
  return { items: rows.map((cart) => toCartView(cart, row)), total };
}

export async function listBatchErrors(tenantId: string, id: string, query: PageQuery): Promise<Page<BatchErrorView>> {
  const row = await getBatchRunRowOrThrow(tenantId, id);
  return { items: await findErrorRows(row.id, skipTake(query)), total: row.errorRows };
}
