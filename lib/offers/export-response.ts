// GET /coupons/export.csv and /promotions/export.csv: the console's list, as the signed-in user sees it.
import { getConsoleSession } from "@/lib/auth/session";
import { listQueryFromSearchParams } from "@/lib/offers/console-queries";
import { exportOffersCsv } from "@/lib/offers/export-offers-csv";
import { FAMILIES, type Family } from "@/lib/offers/family";

export async function offersCsvResponse(request: Request, family: Family): Promise<Response> {
  const session = await getConsoleSession();
  if (!session) return new Response("Sign in to export", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { query } = listQueryFromSearchParams(params);
  const csv = await exportOffersCsv(session.tenant.id, family, query, session.tenant.timeZone, { archived: params.archived === "true" });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${FAMILIES[family].consolePath.slice(1)}-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
