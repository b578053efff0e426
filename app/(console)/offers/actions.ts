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

export async function duplicateOfferAction(family: Family, id: string) {
  return runAction(ROLES.write, async (actor) => {
    const f = parseOrThrow(FamilySchema, family);
    const copy = await duplicateOffer(actor, f, parseOrThrow(Id, id));
    refresh(f);
    return copy;
  });
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
