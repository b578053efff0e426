// The console's "Save changes" on a live offer: the change goes live at once (the API's PUT), guarded like
// a publish — when pinned scenarios break, it needs an explicit acceptance and a note (contract §8).
import type { Actor } from "@/lib/auth/actor";
import type { Family } from "@/lib/offers/family";
import type { OfferInput, OfferView } from "@/lib/offers/schemas";
import { updateOffer } from "@/lib/offers/update-offer";
import { guardPublish, type PublishConfirmation } from "@/lib/scenarios/guard-publish";

export async function publishLiveChange(
  actor: Actor,
  family: Family,
  offerId: string,
  input: OfferInput & { version: string },
  confirmation: PublishConfirmation,
): Promise<OfferView> {
  const { version: _version, ...snapshot } = input;
  const guard = await guardPublish(
    actor.tenantId,
    { kind: family, offerId, number: null, snapshot: snapshot as Record<string, unknown> },
    confirmation,
  );
  return updateOffer(actor, family, offerId, input, { note: confirmation.note, acceptedBrokenScenarios: guard.brokenScenarios });
}
