// GET /api/v1/offers/{id}/ledger: one page of a coupon's, automatic promotion's or POS campaign's ledger (contract §7), filtered.
import { ROLES } from "@/lib/auth/roles";
import { apiRoute, json } from "@/lib/http/api-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { listLedger } from "@/lib/ledger/list-ledger";
import { LedgerPage, LedgerQuery } from "@/lib/ledger/schemas";

type Params = { id: string };

export const GET = apiRoute<Params, typeof LedgerQuery>(
  { roles: ROLES.read, query: LedgerQuery },
  async ({ actor, params, query, request }) => {
    return json(LedgerPage.parse(await listLedger(actor.tenantId, params.id, query, new URL(request.url))));
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
