"use server";
// Thin actions for drafts, publishing and rollback of coupons, promotions and POS campaigns (contract §8):
// parse, authorize, call one operation, refresh the affected pages. Kind, family and ids are client input,
// so they are validated too; every body goes through the same schemas as the REST routes.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { CouponInput, CouponUpdate, PromotionInput, PromotionUpdate } from "@/lib/offers/schemas";
import { conflictsOfVersion } from "@/lib/conflicts/draft-conflicts";
import { runDraftImpact } from "@/lib/scenarios/run-suite";
import { createDraftOffer } from "@/lib/versions/create-draft-offer";
import { discardVersion } from "@/lib/versions/discard-version";
import { previewPublish } from "@/lib/versions/preview-publish";
import { publishLiveChange } from "@/lib/versions/publish-live-change";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";
import { DraftExtras, PublishInput } from "@/lib/versions/schemas";
import { VERSION_KINDS, type VersionKind } from "@/lib/versions/kinds";
import { CampaignUpdate } from "@/lib/pos/schemas";
import { identifier } from "@/lib/validation/text";
import { parseOrThrow } from "@/lib/zod-issues";

const FamilySchema = z.enum(["coupon", "promotion"]);
const KindSchema = z.enum(VERSION_KINDS);
const Id = identifier("id").min(1).max(100);
const VersionNumber = z.number().int().min(1).max(1_000_000);
const DraftOptions = z.strictObject(DraftExtras);
const Confirmation = z.strictObject({ acceptBrokenScenarios: PublishInput.shape.acceptBrokenScenarios, note: PublishInput.shape.note });

function refresh(kind: VersionKind, id?: string) {
  const base = kind === "pos_campaign" ? "/pos/campaigns" : FAMILIES[kind].consolePath;
  revalidatePath(base);
  if (id) {
    revalidatePath(`${base}/${id}`);
    revalidatePath(`${base}/${id}/versions`);
  }
  revalidatePath("/scenarios");
}

const inputSchema = (family: Family) => (family === "coupon" ? CouponInput : PromotionInput);

export async function saveDraftAction(family: Family, id: string, values: unknown, options: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const snapshot = parseOrThrow(inputSchema(f), values) as unknown as Record<string, unknown>;
    const { etag, note } = parseOrThrow(DraftOptions, options ?? {});
    const saved = await saveDraft(actor, f, parseOrThrow(Id, id), { snapshot, etag, note });
    refresh(f, id);
    return saved;
  });
}

/** A new offer that exists only as a draft. */
export async function createDraftAction(family: Family, values: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const created = await createDraftOffer(actor, f, parseOrThrow(inputSchema(f), values));
    refresh(f, created.offer.id);
    return { id: created.offer.id, draft: created.draft, impact: created.impact };
  });
}

/** What the form's values would do to the scenarios if saved live now (nothing is saved). */
export async function checkLiveSaveAction(family: Family, id: string, values: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const snapshot = parseOrThrow(inputSchema(f), values) as unknown as Record<string, unknown>;
    return runDraftImpact(actor.tenantId, [{ kind: f, offerId: parseOrThrow(Id, id), number: null, snapshot }]);
  });
}

/** "Save changes": the form's values go live at once, guarded like a publish. */
export async function saveLiveAction(family: Family, id: string, input: unknown, confirmation: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const offerId = parseOrThrow(Id, id);
    const { tenant: _tenant, ...body } = parseOrThrow(f === "coupon" ? CouponUpdate : PromotionUpdate, input);
    const offer = await publishLiveChange(actor, f, offerId, body, parseOrThrow(Confirmation, confirmation ?? {}));
    refresh(f, offer.id);
    return offer;
  });
}

/** The publish dialog's contents: the live fields against the version's, and what it does to the scenarios. */
export async function previewPublishAction(kind: VersionKind, id: string, number: unknown) {
  return runAction(ROLES.read, async (actor) => {
    const k = parseOrThrow(KindSchema, kind);
    return previewPublish(actor.tenantId, k, parseOrThrow(Id, id), number === undefined ? undefined : parseOrThrow(VersionNumber, number));
  });
}

/** The conflict findings the version would bring (POS campaigns are not analyzed: an empty list). */
export async function versionConflictsAction(kind: VersionKind, id: string, number: unknown) {
  return runAction(ROLES.read, async (actor) => {
    const k = parseOrThrow(KindSchema, kind);
    const versionNumber = number === undefined ? undefined : parseOrThrow(VersionNumber, number);
    return k === "pos_campaign" ? [] : conflictsOfVersion(actor.tenantId, k, parseOrThrow(Id, id), versionNumber);
  });
}

export async function publishAction(kind: VersionKind, id: string, input: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const k = parseOrThrow(KindSchema, kind);
    const result = await publishVersion(actor, k, parseOrThrow(Id, id), parseOrThrow(PublishInput, input));
    refresh(k, id);
    return { version: result.version, live: result.live };
  });
}

export async function discardVersionAction(kind: VersionKind, id: string, number: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const k = parseOrThrow(KindSchema, kind);
    await discardVersion(actor, k, parseOrThrow(Id, id), parseOrThrow(VersionNumber, number));
    refresh(k, id);
    return { discarded: true };
  });
}

/** The campaign form's "Save as draft": its values (CampaignInput, as the form's own schema gives them) become the draft. */
export async function saveCampaignDraftAction(id: string, values: unknown, options: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const { version: _version, ...snapshot } = parseOrThrow(CampaignUpdate, values);
    const { etag, note } = parseOrThrow(DraftOptions, options ?? {});
    const saved = await saveDraft(actor, "pos_campaign", parseOrThrow(Id, id), { snapshot, etag, note });
    refresh("pos_campaign", id);
    return saved;
  });
}
