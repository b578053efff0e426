// Codes and import jobs as the API and the console show them (never raw rows).
export type CodeView = { id: string; name: string; redemptions: number; active: boolean };

export function toCodeView(row: { id: string; code: string; redemptions: number; active: boolean }): CodeView {
  return { id: row.id, name: row.code, redemptions: row.redemptions, active: row.active };
}

export type ImportStatus = "queued" | "processing" | "completed" | "failed";

export type CodeImportView = {
  id: string;
  couponId: string;
  kind: "csv" | "generate";
  status: ImportStatus;
  fileName: string;
  fileBytes: number;
  totalRows: number;
  processedRows: number;
  importedCount: number;
  rejectedCount: number;
  failureReason: string | null;
  createdAt: string;
  createdBy: string;
  startedAt: string | null;
  finishedAt: string | null;
};

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
    kind: row.kind === "generate" ? "generate" : "csv",
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

export function importLinks(couponId: string, importId: string) {
  const base = `/api/v1/coupons/${encodeURIComponent(couponId)}/codes/imports/${encodeURIComponent(importId)}`;
  return { self: base, errors: `${base}/errors.csv`, coupon: `/api/v1/coupons/${encodeURIComponent(couponId)}` };
}
