// Route handlers of drafts, versions and publishing (contract §8), built once per kind and exported by
// thin route files under /api/v1/{coupons|promotions|pos/campaigns}/{id}/….
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/zod-issues";
import type { VersionKind } from "@/lib/versions/kinds";
import { KIND_LABELS } from "@/lib/versions/kinds";
import { discardVersion } from "@/lib/versions/discard-version";
import { diffVersions, getVersionOrThrow, getWorkingDraft, listVersions } from "@/lib/versions/list-versions";
import { publishVersion } from "@/lib/versions/publish-version";
import { saveDraft } from "@/lib/versions/save-draft";
import { PublishInput, VersionDiffQuery, VersionListQuery, VersionNumberText } from "@/lib/versions/schemas";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { createDraftOffer } from "@/lib/versions/create-draft-offer";
import { CAMPAIGN_DRAFT_SCHEMAS, DRAFT_SCHEMAS, splitDraftBody } from "@/lib/versions/draft-schemas";
import { createCampaign } from "@/lib/pos/save-campaign";
import { runDraftImpact } from "@/lib/scenarios/run-suite";

type Params = { id: string };
type NumberParams = { id: string; number: string };

export type VersionRoutes = {
  kind: VersionKind;
  /** The collection path, e.g. /api/v1/coupons. */
  basePath: string;
  /** The draft PUT body of the kind (its fields, etag, note). */
  draftBody: z.ZodType<{ etag?: string; note?: string | null }>;
};

const versionNumber = (params: NumberParams) => parseOrThrow(VersionNumberText("number"), params.number, "Invalid path parameters");

export function draftHandlers({ kind, basePath, draftBody }: VersionRoutes) {
  return {
    GET: apiRoute<Params>({ roles: ROLES.read }, async ({ actor, params }) => {
      const draft = await getWorkingDraft(actor.tenantId, kind, params.id);
      if (!draft) throw AppError.notFound(`A draft of this ${KIND_LABELS[kind]}`);
      return json({ draft, links: { self: `${basePath}/${params.id}/draft`, offer: `${basePath}/${params.id}` } });
    }),
    PUT: apiRoute<Params, undefined, typeof draftBody>(
      { roles: ROLES.write, body: draftBody },
      async ({ actor, params, body, requestId }) => {
        const { draft, impact } = await saveDraft(actor, kind, params.id, splitDraftBody(body), { requestId });
        return json({ draft, scenarios: impact, links: { self: `${basePath}/${params.id}/draft`, offer: `${basePath}/${params.id}` } });
      },
    ),
  };
}

export function versionListHandler({ kind, basePath }: VersionRoutes) {
  return apiRoute<Params, typeof VersionListQuery>({ roles: ROLES.read, query: VersionListQuery }, async ({ actor, params, query, url }) =>
    json({ ...listBody(url, query, await listVersions(actor.tenantId, kind, params.id, query)), offer: `${basePath}/${params.id}` }),
  );
}

export function versionItemHandlers({ kind }: VersionRoutes) {
  return {
    GET: apiRoute<NumberParams>({ roles: ROLES.read }, async ({ actor, params }) =>
      json({ version: await getVersionOrThrow(actor.tenantId, kind, params.id, versionNumber(params)) }),
    ),
    DELETE: apiRoute<NumberParams>({ roles: ROLES.write }, async ({ actor, params, requestId }) => {
      await discardVersion(actor, kind, params.id, versionNumber(params), { requestId });
      return new Response(null, { status: 204 });
    }),
  };
}

export function versionDiffHandler({ kind }: VersionRoutes) {
  return apiRoute<Params, typeof VersionDiffQuery>({ roles: ROLES.read, query: VersionDiffQuery }, async ({ actor, params, query }) =>
    json(await diffVersions(actor.tenantId, kind, params.id, query.from, query.to)),
  );
}

export function publishHandler({ kind, basePath }: VersionRoutes) {
  return apiRoute<Params, undefined, typeof PublishInput>(
    { roles: ROLES.write, body: PublishInput },
    async ({ actor, params, body, requestId }) => {
      const result = await publishVersion(actor, kind, params.id, body, { requestId });
      return json({
        version: result.version,
        live: result.live,
        scenarios: result.impact,
        links: { offer: `${basePath}/${params.id}`, version: `${basePath}/${params.id}/versions/${result.version.number}` },
      });
    },
  );
}

/** POST /api/v1/{coupons|promotions}/drafts: a new offer that exists only as a draft. */
export function offerDraftCreateHandler(family: Family) {
  const body = DRAFT_SCHEMAS[family].create;
  return apiRoute<Record<string, never>, undefined, typeof body>(
    { roles: ROLES.write, body },
    async ({ actor, body: input, requestId }) => {
      const { note, ...fields } = input;
      const { offer, draft, impact } = await createDraftOffer(actor, family, fields, { requestId, note });
      const self = `${FAMILIES[family].apiPath}/${offer.id}`;
      return created({ [family]: offer, draft, scenarios: impact, links: { self, draft: `${self}/draft` } }, self);
    },
  );
}

/** The version routes of coupons or promotions. */
export function offerVersionRoutes(family: Family): VersionRoutes {
  return { kind: family, basePath: FAMILIES[family].apiPath, draftBody: DRAFT_SCHEMAS[family].put };
}

export const CAMPAIGN_VERSION_ROUTES: VersionRoutes = {
  kind: "pos_campaign",
  basePath: "/api/v1/pos/campaigns",
  draftBody: CAMPAIGN_DRAFT_SCHEMAS.put,
};

/** POST /api/v1/pos/campaigns/drafts: a new POS campaign that exists only as a draft. */
export const campaignDraftCreateHandler = apiRoute<Record<string, never>, undefined, typeof CAMPAIGN_DRAFT_SCHEMAS.create>(
  { roles: ROLES.write, body: CAMPAIGN_DRAFT_SCHEMAS.create },
  async ({ actor, body }) => {
    const { note, ...fields } = body;
    const campaign = await createCampaign(actor, fields, new Date(), { asDraft: true, note });
    const draft = (await getWorkingDraft(actor.tenantId, "pos_campaign", campaign.id))!;
    const impact = await runDraftImpact(actor.tenantId, [
      { kind: "pos_campaign", offerId: campaign.id, number: draft.number, snapshot: draft.snapshot },
    ]);
    const self = `/api/v1/pos/campaigns/${campaign.id}`;
    return created({ campaign, draft, scenarios: impact, links: { self, draft: `${self}/draft` } }, self);
  },
);
