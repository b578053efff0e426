// Route handlers for /api/v1/coupons and /api/v1/promotions: both resources are the same service
// called with a different family, so the handlers are built once here and exported by thin route files.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { archiveOffer } from "@/lib/offers/archive-offer";
import { createOffer } from "@/lib/offers/create-offer";
import { duplicateOffer } from "@/lib/offers/duplicate-offer";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { getOfferOrThrow } from "@/lib/offers/get-offer-or-throw";
import { listOffers } from "@/lib/offers/list-offers";
import { CouponPut, PromotionPut } from "@/lib/offers/put-schemas";
import { BulkActivationInput, CouponInput, OfferListQuery, PromotionInput, type OfferView } from "@/lib/offers/schemas";
import { setOffersActive } from "@/lib/offers/set-offers-active";
import { updateOffer } from "@/lib/offers/update-offer";

type Params = { id: string };

function envelope(family: Family, offer: OfferView) {
  const self = `${FAMILIES[family].apiPath}/${offer.id}`;
  return { body: { [family]: offer, links: { self } }, self };
}

export function offerCollectionHandlers(family: Family) {
  const input = family === "coupon" ? CouponInput : PromotionInput;
  return {
    POST: apiRoute({ roles: ROLES.write, body: input }, async ({ actor, body, requestId }) => {
      const { body: answer, self } = envelope(family, await createOffer(actor, family, body, { requestId }));
      return created(answer, self);
    }),
    GET: apiRoute({ roles: ROLES.read, query: OfferListQuery }, async ({ actor, query, url }) =>
      json(listBody(url, query, await listOffers(actor.tenantId, family, query))),
    ),
  };
}

export function offerItemHandlers(family: Family) {
  const update = family === "coupon" ? CouponPut : PromotionPut;
  return {
    GET: apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) =>
      json(envelope(family, await getOfferOrThrow(actor.tenantId, family, params.id)).body),
    ),
    PUT: apiRoute<Params, undefined, typeof update>({ roles: ROLES.write, body: update }, async ({ actor, params, body, requestId }) =>
      json(envelope(family, await updateOffer(actor, family, params.id, body, { requestId })).body),
    ),
  };
}

export function offerArchiveHandler(family: Family) {
  return apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params, requestId }) => {
    await archiveOffer(actor, family, params.id, { requestId });
    return new Response(null, { status: 204 });
  });
}

export function offerDuplicateHandler(family: Family) {
  return apiRoute<Params>({ roles: ROLES.write }, async ({ actor, params, requestId }) => {
    const { body, self } = envelope(family, await duplicateOffer(actor, family, params.id, { requestId }));
    return created(body, self);
  });
}

export function offerBulkActivationHandler(family: Family) {
  return apiRoute({ roles: ROLES.write, body: BulkActivationInput }, async ({ actor, body, requestId }) =>
    json(await setOffersActive(actor, family, body.ids, body.active, { requestId })),
  );
}
