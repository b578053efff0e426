// POST /api/v1/coupons/{id}/codes adds 1–1000 codes (all or nothing); GET lists them (code prefix, active, redeemed, count, page).
import { ROLES } from "@/lib/auth/roles";
import { addCodes } from "@/lib/codes/add-codes";
import { listCodes } from "@/lib/codes/list-codes";
import { AddCodesInput, CodeListQuery } from "@/lib/codes/schemas";
import { apiRoute, created, json } from "@/lib/http/api-route";
import { listBody } from "@/lib/http/pagination";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Params = { id: string };

export const POST = apiRoute<Params, undefined, typeof AddCodesInput>(
  { roles: ROLES.write, body: AddCodesInput },
  async ({ actor, params, body }) => {
    const codes = await addCodes(actor, params.id, body);
    const self = `/api/v1/coupons/${encodeURIComponent(params.id)}/codes`;
    return created(
      {
        links: [
          { rel: "self", href: self },
          { rel: "coupon", href: `/api/v1/coupons/${encodeURIComponent(params.id)}` },
        ],
        codes,
      },
      self,
    );
  },
);

export const GET = apiRoute<Params, typeof CodeListQuery>(
  { roles: ROLES.read, query: CodeListQuery },
  async ({ actor, params, query, url }) => json(listBody(url, query, await listCodes(actor.tenantId, params.id, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
