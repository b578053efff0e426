// OpenAPI registration of the coupon, promotion and exclusion-list routes, from the same zod schemas
// the handlers validate with.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { BEARER, named, errorResponses, IdParams, jsonBody, jsonResponse, listEnvelope } from "@/lib/openapi/registry";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { CouponPut, ExclusionListPut, PromotionPut } from "@/lib/offers/put-schemas";
import {
  BulkActivationInput,
  BulkActivationView,
  CouponInput,
  CouponView,
  ExclusionListView,
  OfferListQuery,
  PromotionInput,
  PromotionView,
} from "@/lib/offers/schemas";

function registerFamily(registry: OpenAPIRegistry, family: Family) {
  const info = FAMILIES[family];
  const tag = info.plural;
  const coupon = family === "coupon";
  const view = named(coupon ? "Coupon" : "Promotion", coupon ? CouponView : PromotionView);
  const input = named(coupon ? "CouponInput" : "PromotionInput", coupon ? CouponInput : PromotionInput);
  const update = named(coupon ? "CouponUpdate" : "PromotionUpdate", coupon ? CouponPut : PromotionPut);
  const envelope = z.object({ [family]: view, links: z.object({ self: z.string() }) });
  const one = info.label.toLowerCase();
  const base = info.apiPath;
  const query = coupon ? OfferListQuery : OfferListQuery.omit({ code: true });

  registry.registerPath({
    method: "post",
    path: base,
    tags: [tag],
    summary: `Create a ${one}`,
    security: BEARER,
    request: { body: jsonBody(input) },
    responses: { 201: jsonResponse(`The new ${one}`, envelope), ...errorResponses(400, 413, 415) },
  });
  registry.registerPath({
    method: "get",
    path: base,
    tags: [tag],
    summary: `List ${info.plural.toLowerCase()}`,
    description:
      "Comma lists in name (substring match), code (coupons), status (Exhausted: Active and used up in the current window) and kind; store matches offers naming the store or open to every store; product matches offers whose filters name the product or one of its categories.",
    security: BEARER,
    request: { query },
    responses: { 200: jsonResponse("One page", listEnvelope(view)), ...errorResponses(400) },
  });
  registry.registerPath({
    method: "get",
    path: `${base}/{id}`,
    tags: [tag],
    summary: `Get a ${one}`,
    security: BEARER,
    request: { params: IdParams },
    responses: { 200: jsonResponse(`The ${one}`, envelope), ...errorResponses(404) },
  });
  registry.registerPath({
    method: "put",
    path: `${base}/{id}`,
    tags: [tag],
    summary: `Replace a ${one}`,
    description:
      "Full replace. Send the `version` you read last: a stale one answers 409 version_mismatch and changes nothing. `category` cannot change.",
    security: BEARER,
    request: { params: IdParams, body: jsonBody(update) },
    responses: { 200: jsonResponse(`The updated ${one}`, envelope), ...errorResponses(400, 404, 409, 413, 415) },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/bulk-activation`,
    tags: [tag],
    summary: `Enable or disable up to 100 ${info.plural.toLowerCase()} at once`,
    description: `All or nothing: an id that is not a live ${one} of the tenant answers 404 naming it (\`ids[i]\`) and nothing changes. Each switched ${one} gets a new \`version\`.`,
    security: BEARER,
    request: { body: jsonBody(named("BulkActivationInput", BulkActivationInput)) },
    responses: { 200: jsonResponse("What changed", named("BulkActivation", BulkActivationView)), ...errorResponses(400, 404, 413, 415) },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{id}/archive`,
    tags: [tag],
    summary: `Archive a ${one} that was never redeemed`,
    security: BEARER,
    request: { params: IdParams },
    responses: { 204: { description: "Archived" }, ...errorResponses(404, 409) },
  });
  registry.registerPath({
    method: "post",
    path: `${base}/{id}/duplicate`,
    tags: [tag],
    summary: `Copy a ${one} into a new inactive one`,
    security: BEARER,
    request: { params: IdParams },
    responses: { 201: jsonResponse("The copy", envelope), ...errorResponses(404) },
  });
}

export function registerOfferRoutes(registry: OpenAPIRegistry): void {
  registerFamily(registry, "coupon");
  registerFamily(registry, "promotion");
  const list = named("ExclusionList", ExclusionListView);
  const path = "/api/v1/promotions/exclusions";
  const tags = ["Exclusion list"];
  registry.registerPath({
    method: "get",
    path,
    tags,
    summary: "Get the global exclusion list",
    security: BEARER,
    responses: { 200: jsonResponse("The list (empty when never saved)", list), ...errorResponses() },
  });
  registry.registerPath({
    method: "put",
    path,
    tags,
    summary: "Replace the global exclusion list",
    description: "Ids are deduplicated; at most EXCLUSION_LIST_MAX_IDS (default 1000).",
    security: BEARER,
    request: { body: jsonBody(named("ExclusionListInput", ExclusionListPut)) },
    responses: { 200: jsonResponse("The saved list", list), ...errorResponses(400, 413, 415) },
  });
  registry.registerPath({
    method: "delete",
    path,
    tags,
    summary: "Delete the global exclusion list",
    security: BEARER,
    responses: { 204: { description: "Deleted" }, ...errorResponses() },
  });
}
