// A new coupon or promotion that starts as a draft (contract §8): it has an id (codes can be prepared
// for it) but is not live until a version is published. The suite runs with it, as for every saved draft.
import type { Actor } from "@/lib/auth/actor";
import { createOffer } from "@/lib/offers/create-offer";
import type { Family } from "@/lib/offers/family";
import type { OfferInput, OfferView } from "@/lib/offers/schemas";
import { runDraftImpact } from "@/lib/scenarios/run-suite";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import { kindOfFamily } from "@/lib/versions/kinds";
import { getWorkingDraft } from "@/lib/versions/list-versions";
import type { VersionView } from "@/lib/versions/schemas";

export async function createDraftOffer(
  actor: Actor,
  family: Family,
  input: OfferInput,
  options: { requestId?: string; note?: string | null } = {},
): Promise<{ offer: OfferView; draft: VersionView; impact: ScenarioImpact }> {
  const offer = await createOffer(actor, family, input, { ...options, asDraft: true });
  const draft = (await getWorkingDraft(actor.tenantId, kindOfFamily(family), offer.id))!;
  const impact = await runDraftImpact(actor.tenantId, [
    { kind: draft.kind, offerId: offer.id, number: draft.number, snapshot: draft.snapshot },
  ]);
  return { offer, draft, impact };
}
