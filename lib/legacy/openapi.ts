// OpenAPI registration of the legacy v0 routes (NewStore's Coupons API v0, contract §6), from the same
// schemas the routes parse and answer with, under their own tag.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { PageQuery } from "@/lib/http/pagination";
import { CODE_FILTER_PARAM } from "@/lib/legacy/code-filter";
import { DEPRECATED_UPDATE_HEADERS } from "@/lib/legacy/deprecation";
import {
  CouponCodeFilter,
  CouponDefinitionInput,
  CouponTemplateInput,
  DiscountRuleInput,
  DiscountRuleListQuery,
  LegacyCouponCreateInput,
  LegacyCouponUpdateInput,
  TemplateListQuery,
} from "@/lib/legacy/schemas";
import {
  CouponDefinitionPut,
  CouponDefinitionView,
  DiscountRulePut,
  DiscountRuleView,
  LabelledView,
  LegacyCouponView,
} from "@/lib/legacy/view-schemas";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";

export const LEGACY_TAG = "Legacy coupons (v0)";

export function registerLegacyRoutes(registry: OpenAPIRegistry): void {
  const v0 = "/api/v0/d";
  const rule = named("LegacyDiscountRule", DiscountRuleView);
  const definition = named("LegacyCouponDefinition", CouponDefinitionView);
  const coupon = named("LegacyCoupon", LegacyCouponView);
  const labelled = named("LegacyCreated", LabelledView);
  const couponUpdate = named("LegacyCouponUpdate", LegacyCouponUpdateInput);
  const byCode = PageQuery.extend({
    [CODE_FILTER_PARAM]: CouponCodeFilter.describe(
      "Codes to look up: repeat the parameter (filter[code]=A&filter[code]=B) or send a comma list",
    ),
  });
  registerSimpleRoutes(registry, LEGACY_TAG, [
    {
      method: "post",
      path: `${v0}/discount_rules`,
      summary: "Create a discount rule (fixed or percentage; scope order, item or shipping)",
      body: named("LegacyDiscountRuleInput", DiscountRuleInput),
      answers: "The discount rule",
      schema: rule,
    },
    {
      method: "get",
      path: `${v0}/discount_rules`,
      summary: "List discount rules",
      query: DiscountRuleListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(rule),
    },
    { method: "get", path: `${v0}/discount_rules/{id}`, summary: "One discount rule", answers: "The discount rule", schema: rule },
    {
      method: "put",
      path: `${v0}/discount_rules/{id}`,
      summary: "Overwrite a discount rule (its currency stays while definitions use it)",
      body: named("LegacyDiscountRulePut", DiscountRulePut),
      answers: "The discount rule",
      schema: rule,
    },
    {
      method: "delete",
      path: `${v0}/discount_rules/{id}`,
      summary: "Delete a discount rule no definition or coupon uses (409 otherwise)",
      answers: "Deleted",
      status: 204,
    },
    {
      method: "post",
      path: `${v0}/coupon_definitions`,
      summary: "Create a coupon definition (label unique among definitions and templates: 409)",
      body: named("LegacyCouponDefinitionInput", CouponDefinitionInput),
      answers: "{ id, label }",
      schema: labelled,
    },
    {
      method: "get",
      path: `${v0}/coupon_definitions`,
      summary: "List coupon definitions",
      query: TemplateListQuery.omit({ kind: true }),
      answers: "{ items, pagination, links }",
      schema: listEnvelope(definition),
    },
    {
      method: "get",
      path: `${v0}/coupon_definitions/{id}`,
      summary: "One coupon definition, with its pattern's capacity and the codes left",
      answers: "The definition",
      schema: definition,
    },
    {
      method: "put",
      path: `${v0}/coupon_definitions/{id}`,
      summary: "Overwrite a coupon definition (its coupons' own rules must still combine with it)",
      body: named("LegacyCouponDefinitionPut", CouponDefinitionPut),
      answers: "The definition",
      schema: definition,
    },
    {
      method: "delete",
      path: `${v0}/coupon_definitions/{id}`,
      summary: "Delete a coupon definition and its coupons (409 once one of them was redeemed)",
      answers: "Deleted",
      status: 204,
    },
    {
      method: "post",
      path: `${v0}/coupon_templates`,
      summary: "Create a coupon template (shares the definitions' label namespace)",
      body: named("LegacyCouponTemplateInput", CouponTemplateInput),
      answers: "{ id, label }",
      schema: labelled,
    },
    {
      method: "post",
      path: `${v0}/coupons`,
      summary: "Create a coupon: a new code drawn at random from its template's pattern (409 when none is left)",
      body: named("LegacyCouponInput", LegacyCouponCreateInput),
      answers: "The coupon ({ label, code, id, is_enabled, … })",
      schema: coupon,
    },
    {
      method: "get",
      path: `${v0}/coupons`,
      summary: "Coupons by code",
      query: byCode,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(coupon),
    },
    { method: "get", path: `${v0}/coupons/{id}`, summary: "One coupon", answers: "The coupon", schema: coupon },
    {
      method: "patch",
      path: `${v0}/coupons/{id}`,
      summary: "Update a coupon: is_enabled (false → code_inactive), validation_rules",
      body: couponUpdate,
      answers: "The coupon",
      schema: coupon,
    },
    {
      method: "post",
      path: `${v0}/coupons/{id}`,
      summary: "Update a coupon (deprecated: use PATCH; same body and answer)",
      body: couponUpdate,
      answers: "The coupon, with a Deprecation header",
      schema: coupon,
      deprecated: { headers: DEPRECATED_UPDATE_HEADERS },
    },
  ]);
}
