// Codes and import jobs as the API and the console show them (never raw rows).
import type { z } from "zod";
import type { CodeImportView, CodeView, ImportLinks, ImportStatus } from "@/lib/codes/view-schemas";

export type { CodeImportView, CodeView, ImportStatus };

export function toCodeView(row: { id: string; code: string; redemptions: number; active: boolean }): CodeView {
  return { id: row.id, name: row.code, redemptions: row.redemptions, active: row.active };
}

type ImportRow = {
  id: string;
  offerId: string;
  kind: string;
  status: string;
  fileName: string;
  fileBytes: number;
  totalRows: number;
  processedRows: number;
  importedCount: number;
  rejectedCount: number;
  failureReason: string | null;
  createdAt: Date;
  createdBy: string;
  startedAt: Date | null;
  finishedAt: Date | null;
};

export function toImportView(row: ImportRow): CodeImportView {
  return {
    id: row.id,
    couponId: row.offerId,
    // Generations of legacy coupons (lib/legacy, kind legacy_generate) read as generations too.
    kind: row.kind === "csv" ? "csv" : "generate",
    status: row.status as ImportStatus,
    fileName: row.fileName,
    fileBytes: row.fileBytes,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    importedCount: row.importedCount,
    rejectedCount: row.rejectedCount,
    failureReason: row.failureReason,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function importLinks(couponId: string, importId: string): z.output<typeof ImportLinks> {
  const base = `/api/v1/coupons/${encodeURIComponent(couponId)}/codes/imports/${encodeURIComponent(importId)}`;
  return { self: base, errors: `${base}/errors.csv`, coupon: `/api/v1/coupons/${encodeURIComponent(couponId)}` };
}
