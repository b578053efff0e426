// GET /legacy/definitions/{id}/coupons.csv: a definition's coupons as CSV for the signed-in user (code first, so it re-imports).
import { getConsoleSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { exportLegacyCouponsCsv } from "@/lib/legacy/export-legacy-coupons";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getConsoleSession();
  if (!session) return text("Sign in to export", 401);
  try {
    const csv = await exportLegacyCouponsCsv(session.tenant.id, (await params).id);
    return new Response(csv.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csv.fileName}"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return text(error.message, 404);
    throw error;
  }
}
