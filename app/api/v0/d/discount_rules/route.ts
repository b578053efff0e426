// POST /api/v0/d/discount_rules creates a v0 discount rule (200 with the rule); GET lists them (q, scope, count, page).
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listBody } from "@/lib/http/pagination";
import { listDiscountRules } from "@/lib/legacy/list-discount-rules";
import { createDiscountRule } from "@/lib/legacy/save-discount-rule";
import { DiscountRuleInput, DiscountRuleListQuery } from "@/lib/legacy/schemas";

export const POST = apiRoute({ roles: ROLES.write, body: DiscountRuleInput }, async ({ actor, body }) =>
  json(await createDiscountRule(actor, body)),
);

export const GET = apiRoute({ roles: ROLES.read, query: DiscountRuleListQuery }, async ({ actor, query, url }) =>
  json(listBody(url, query, await listDiscountRules(actor.tenantId, query))),
);

export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });
