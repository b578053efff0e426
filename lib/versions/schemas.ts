// Zod contracts of offer versions (contract §8): saving a draft, publishing (now, at an instant, or an
// earlier version again), the version list and the diff between two versions. Inputs and outputs.
import { z } from "zod";
import { IsoInstant } from "@/lib/carts/schemas";
import { PageQuery } from "@/lib/http/pagination";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import { VERSION_KINDS, VERSION_STATUSES } from "@/lib/versions/kinds";
import { identifier, text } from "@/lib/validation/text";

export const MAX_VERSION_NUMBER = 1_000_000;

const Number_ = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be at least 1`)
    .max(MAX_VERSION_NUMBER, `${field} must be at most ${MAX_VERSION_NUMBER}`);

/** A version number in a path or query (`/versions/3`, `?from=1&to=3`). */
export const VersionNumberText = (field: string) => z.coerce.number({ error: `${field} must be a whole number` }).pipe(Number_(field));

export const Note = text("note")
  .trim()
  .max(500, "note must be at most 500 characters")
  .transform((value) => value || null);

/** What a draft body carries besides the offer's own fields. */
export const DraftExtras = {
  etag: text("etag")
    .min(1, "etag must not be empty")
    .max(100, "etag must be at most 100 characters")
    .optional()
    .describe("The etag of the draft you read last; required when the offer already has a draft (a stale one answers 409)"),
  note: Note.optional().describe("Why this change, shown in the history"),
};

export const PublishInput = z.strictObject({
  number: Number_("number")
    .optional()
    .describe("The version to publish: a draft, a scheduled version, or an earlier published one (a rollback). Default: the draft"),
  at: IsoInstant.optional().describe("When it goes live, an ISO instant with Z or an offset; absent or not in the future: now"),
  note: Note.optional().describe("Why; required when acceptBrokenScenarios is true"),
  acceptBrokenScenarios: z
    .boolean({ error: "acceptBrokenScenarios must be true or false" })
    .optional()
    .describe("Publish although pinned scenarios no longer get their expected result (needs a note; recorded in the audit log)"),
});
export type PublishInput = z.output<typeof PublishInput>;

/** A saved version to price with instead of the live offer (default: the offer's draft). */
export const DraftRef = z.strictObject({
  kind: z.enum(VERSION_KINDS, { error: `kind must be one of ${VERSION_KINDS.join(", ")}` }),
  id: identifier("id").min(1, "id is required").max(100, "id must be at most 100 characters"),
  number: Number_("number").optional().describe("A version number; default: the offer's draft"),
});
export type DraftRef = z.output<typeof DraftRef>;

export const VersionListQuery = PageQuery;
export const VersionDiffQuery = z.object({ from: VersionNumberText("from"), to: VersionNumberText("to") });

/** A version as the API answers it; `snapshot` is the offer's editable fields (the kind's input schema). */
export function versionView<S extends z.ZodType>(snapshot: S) {
  return z.object({
    number: z.number().int(),
    kind: z.enum(VERSION_KINDS),
    offerId: z.string(),
    status: z.enum(VERSION_STATUSES).describe("draft | scheduled | published (live now) | superseded (was live)"),
    snapshot,
    publishAt: z.string().nullable().describe("Scheduled versions: when they go live"),
    restoresNumber: z.number().int().nullable().describe("A rollback: the version it publishes again"),
    note: z.string().nullable(),
    etag: z.string().describe("Changes on every save of a draft"),
    createdAt: z.string(),
    createdBy: z.string(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  });
}
export const AnyVersionView = versionView(z.record(z.string(), z.unknown()));
export type VersionView = z.output<typeof AnyVersionView>;

export const FieldChangeView = z.object({
  field: z.string().describe("The field's name in the snapshot"),
  label: z.string().describe("The field in words"),
  from: z.string().describe("Its value in the first version, in words"),
  to: z.string().describe("Its value in the second version, in words"),
  sentence: z.string().describe('e.g. "Valid to: no end → 31 Dec 2026, 23:59 store time"'),
});
export type FieldChangeView = z.output<typeof FieldChangeView>;

export const VersionDiffView = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(FieldChangeView),
  summary: z.string().describe('"No field differs." or "3 fields differ: Name, Valid to and Currencies."'),
});
export type VersionDiffView = z.output<typeof VersionDiffView>;

/** What the publish dialog shows: the version, each field it changes against live, and what it does to the scenarios. */
export type PublishPreview = { version: VersionView; changes: FieldChangeView[]; summary: string; impact: ScenarioImpact };
