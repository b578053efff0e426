"use server";
// Thin actions for the coupon and promotion screens (both families share them): parse, authorize,
// call one operation, refresh the affected pages. The family is client input, so it is validated too.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { archiveOffer } from "@/lib/offers/archive-offer";
import { createOffer } from "@/lib/offers/create-offer";
import { duplicateOffer } from "@/lib/offers/duplicate-offer";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { restoreOffer } from "@/lib/offers/restore-offer";
import { deleteView } from "@/lib/offers/saved-views/delete-view";
import { SaveViewInput, saveView } from "@/lib/offers/saved-views/save-view";
import { BulkActivationInput, CouponInput, CouponUpdate, PromotionInput, PromotionUpdate } from "@/lib/offers/schemas";
import { setOffersActive } from "@/lib/offers/set-offers-active";
import { updateOffer } from "@/lib/offers/update-offer";
import { identifier } from "@/lib/validation/text";
import { parseOrThrow } from "@/lib/zod-issues";

const FamilySchema = z.enum(["coupon", "promotion"]);
const Id = identifier("id").min(1).max(100);

function refresh(family: Family, id?: string) {
  const base = FAMILIES[family].consolePath;
  revalidatePath(base);
  if (id) revalidatePath(`${base}/${id}`);
}

export async function createOfferAction(family: Family, input: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const offer = await createOffer(actor, f, parseOrThrow(f === "coupon" ? CouponInput : PromotionInput, input));
    refresh(f);
    return offer;
  });
}

export async function updateOfferAction(family: Family, id: string, input: unknown) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const offer = await updateOffer(actor, f, parseOrThrow(Id, id), parseOrThrow(f === "coupon" ? CouponUpdate : PromotionUpdate, input));
    refresh(f, offer.id);
    return offer;
  });
}

/** The stored version, so a tab that lost a save race can show what the other person changed. */
export async function getOfferAction(family: Family, id: string) {
  return runAction(ROLES.read, async (actor) => getOfferOrThrow(actor.tenantId, parseOrThrow(FamilySchema, family), parseOrThrow(Id, id)));
}

export async function archiveOfferAction(family: Family, id: string) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    await archiveOffer(actor, f, parseOrThrow(Id, id));
    refresh(f, id);
    return { archived: true };
  });
}

export async function setOffersActiveAction(family: Family, ids: string[], active: boolean) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const input = parseOrThrow(BulkActivationInput, { ids, active });
    const result = await setOffersActive(actor, f, input.ids, input.active);
    refresh(f);
    return result;
  });
}

/** Runs one operation per id, keeping going past a refusal: which ids it did, and why the others failed. */
async function eachId(
  ids: string[],
  run: (id: string) => Promise<string>,
): Promise<{ done: string[]; failed: { id: string; message: string }[] }> {
  const done: string[] = [];
  const failed: { id: string; message: string }[] = [];
  for (const id of ids) {
    try {
      done.push(await run(id));
    } catch (error) {
      failed.push({ id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { done, failed };
}

const BulkIds = z.array(Id).min(1, "Select at least one offer").max(100, "At most 100 at a time");

export async function archiveOffersAction(family: Family, ids: string[]) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const result = await eachId(parseOrThrow(BulkIds, ids), async (id) => (await archiveOffer(actor, f, id), id));
    refresh(f);
    return result;
  });
}

export async function restoreOffersAction(family: Family, ids: string[]) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const result = await eachId(parseOrThrow(BulkIds, ids), async (id) => (await restoreOffer(actor, f, id), id));
    refresh(f);
    return result;
  });
}

/** Saved copies ("Copy of …", disabled) of each offer; the undo archives the copies. */
export async function duplicateOffersAction(family: Family, ids: string[]) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const result = await eachId(parseOrThrow(BulkIds, ids), async (id) => (await duplicateOffer(actor, f, id)).id);
    refresh(f);
    return result;
  });
}

export async function saveViewAction(input: unknown) {
  return runAction(ROLES.read, async (actor) => saveView(actor, parseOrThrow(SaveViewInput, input)));
}

export async function deleteViewAction(id: string) {
  return runAction(ROLES.read, async (actor) => {
    await deleteView(actor, parseOrThrow(Id, id));
    return { deleted: true };
  });
}
