// OpenAPI registration of drafts, versions and publishing (contract §8), for coupons and promotions
// (and POS campaigns, through the same table), from the schemas the handlers validate with.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { CouponView, PromotionView } from "@/lib/offers/schemas";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";
import { ScenarioImpact } from "@/lib/scenarios/schemas";
import { CampaignView } from "@/lib/pos/view-schemas";
import { CAMPAIGN_DRAFT_SCHEMAS, DRAFT_SCHEMAS } from "@/lib/versions/draft-schemas";
import { PublishInput, VersionDiffQuery, VersionDiffView, VersionListQuery } from "@/lib/versions/schemas";

export type VersionDocs = {
  tag: string;
  basePath: string;
  /** "coupon", "promotion", "POS campaign": for the summaries. */
  one: string;
  /** Component names: "Coupon" → CouponVersion, CouponDraftInput, … */
  prefix: string;
  version: z.ZodType;
  draftPut: z.ZodType;
};

export function registerVersionRoutes(registry: OpenAPIRegistry, docs: VersionDocs): void {
  const { basePath, one, prefix } = docs;
  const version = named(`${prefix}Version`, docs.version);
  const impact = named("ScenarioImpact", ScenarioImpact);
  const links = z.object({ self: z.string().optional(), offer: z.string().optional(), version: z.string().optional() });
  registerSimpleRoutes(registry, docs.tag, [
    {
      method: "get",
      path: `${basePath}/{id}/draft`,
      summary: `Get the draft of a ${one}`,
      answers: "{ draft }; 404 when it has none",
      schema: z.object({ draft: version, links }),
    },
    {
      method: "put",
      path: `${basePath}/{id}/draft`,
      summary: `Save the draft of a ${one} (pricing, redemption and the POS never see drafts)`,
      body: named(`${prefix}DraftInput`, docs.draftPut),
      answers:
        "{ draft, scenarios }: the saved draft and what it does to the scenarios (live → draft). The first save creates the draft; later saves send its etag (a stale one answers 409). The category cannot change.",
      schema: z.object({ draft: version, scenarios: impact, links }),
    },
    {
      method: "get",
      path: `${basePath}/{id}/versions`,
      summary: `List the versions of a ${one}, newest first`,
      query: VersionListQuery,
      answers: "One page of versions with author and time",
      schema: listEnvelope(version).extend({ offer: z.string() }),
    },
    {
      method: "get",
      path: `${basePath}/{id}/versions/{number}`,
      summary: `Get one version of a ${one}`,
      answers: "{ version }",
      schema: z.object({ version }),
    },
    {
      method: "delete",
      path: `${basePath}/{id}/versions/{number}`,
      summary: `Discard a draft or a scheduled version of a ${one}`,
      answers: "Discarded (a scheduled one will not go live); published versions stay in the history (409)",
      status: 204,
    },
    {
      method: "get",
      path: `${basePath}/{id}/versions/diff`,
      summary: `Compare two versions of a ${one}, field by field and in words`,
      query: VersionDiffQuery,
      answers: "The fields that differ",
      schema: named("VersionDiff", VersionDiffView),
    },
    {
      method: "post",
      path: `${basePath}/{id}/publish`,
      summary: `Publish a version of a ${one}: the draft, now or at an instant, or an earlier version again (rollback)`,
      body: named("PublishInput", PublishInput),
      answers:
        "{ version, live, scenarios }. When pinned scenarios break with this version, 409 lists them unless acceptBrokenScenarios is true with a note (both go into the audit log).",
      schema: z.object({ version, live: z.boolean().describe("false: scheduled"), scenarios: impact, links }),
    },
  ]);
}

function registerFamily(registry: OpenAPIRegistry, family: Family): void {
  const info = FAMILIES[family];
  const view = named(info.label, family === "coupon" ? CouponView : PromotionView);
  const schemas = DRAFT_SCHEMAS[family];
  const version = named(`${info.label}Version`, schemas.version);
  registerSimpleRoutes(registry, info.plural, [
    {
      method: "post",
      path: `${info.apiPath}/drafts`,
      summary: `Create a ${info.label.toLowerCase()} that exists only as a draft (status Draft: not live until published)`,
      body: named(`${info.label}DraftCreate`, schemas.create),
      answers: `{ ${family}, draft, scenarios }`,
      schema: z.object({
        [family]: view,
        draft: version,
        scenarios: named("ScenarioImpact", ScenarioImpact),
        links: z.object({ self: z.string(), draft: z.string() }),
      }),
      status: 201,
    },
  ]);
  registerVersionRoutes(registry, {
    tag: info.plural,
    basePath: info.apiPath,
    one: info.label.toLowerCase(),
    prefix: info.label,
    version: schemas.version,
    draftPut: schemas.put,
  });
}

function registerCampaigns(registry: OpenAPIRegistry): void {
  const basePath = "/api/v1/pos/campaigns";
  const version = named("PosCampaignVersion", CAMPAIGN_DRAFT_SCHEMAS.version);
  registerSimpleRoutes(registry, "POS coupons", [
    {
      method: "post",
      path: `${basePath}/drafts`,
      summary: "Create a POS campaign that exists only as a draft (status Draft: printed coupons do not unlock it until published)",
      body: named("PosCampaignDraftCreate", CAMPAIGN_DRAFT_SCHEMAS.create),
      answers: "{ campaign, draft, scenarios }",
      schema: z.object({
        campaign: named("PosCampaign", CampaignView),
        draft: version,
        scenarios: named("ScenarioImpact", ScenarioImpact),
        links: z.object({ self: z.string(), draft: z.string() }),
      }),
      status: 201,
    },
  ]);
  registerVersionRoutes(registry, {
    tag: "POS coupons",
    basePath,
    one: "POS campaign",
    prefix: "PosCampaign",
    version: CAMPAIGN_DRAFT_SCHEMAS.version,
    draftPut: CAMPAIGN_DRAFT_SCHEMAS.put,
  });
}

export function registerOfferVersionRoutes(registry: OpenAPIRegistry): void {
  registerFamily(registry, "coupon");
  registerFamily(registry, "promotion");
  registerCampaigns(registry);
}
