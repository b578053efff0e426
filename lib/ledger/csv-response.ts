// GET {coupons|promotions|pos/campaigns}/{id}/ledger/export.csv: the console's ledger with its filters,
// for the signed-in user's tenant, streamed.
import { getConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ledgerQueryFromSearchParams } from "@/lib/ledger/console-query";
import { streamLedgerCsv } from "@/lib/ledger/ledger-csv";
import { getLedgerOfferOrThrow } from "@/lib/ledger/list-ledger";
import type { LedgerOfferType } from "@/lib/ledger/schemas";

const TEXT = { "content-type": "text/plain; charset=utf-8" };

export async function ledgerCsvResponse(request: Request, type: LedgerOfferType, id: string): Promise<Response> {
  const session = await getConsoleSession();
  if (!session) return new Response("Sign in to export", { status: 401, headers: TEXT });
  const { query } = ledgerQueryFromSearchParams(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const offer = await getLedgerOfferOrThrow(session.tenant.id, id, type);
    return new Response(streamLedgerCsv(session.tenant, offer.id, query), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ledger-${offer.id}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return new Response("Not found", { status: 404, headers: TEXT });
    throw error;
  }
}
