// Output schemas of coupon codes and code import jobs: what the view mappers return (their types are
// z.output of these) and what OpenAPI documents.
import { z } from "zod";

export const CodeView = z.object({
  id: z.string(),
  name: z.string().describe("The code itself"),
  redemptions: z.number().int(),
  active: z.boolean(),
});
export type CodeView = z.output<typeof CodeView>;

export const IMPORT_STATUSES = ["queued", "processing", "completed", "failed"] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const CodeImportView = z.object({
  id: z.string(),
  couponId: z.string(),
  kind: z.enum(["csv", "generate"]),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  fileBytes: z.number().int(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  importedCount: z.number().int(),
  rejectedCount: z.number().int(),
  failureReason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type CodeImportView = z.output<typeof CodeImportView>;

export const ImportLinks = z.object({ self: z.string(), errors: z.string().describe("The rejected rows as CSV"), coupon: z.string() });
export const CodesAdded = z.object({ links: z.array(z.object({ rel: z.string(), href: z.string() })), codes: z.array(CodeView) });
