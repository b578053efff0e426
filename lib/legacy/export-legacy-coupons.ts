// A definition's (or template's) coupons as CSV, streamed with the codes export of lib/codes: code first,
// then enabled, redemptions, created — every cell formula-escaped.
import { CodeFilters } from "@/lib/codes/schemas";
import { streamCodesCsv } from "@/lib/codes/stream-csv";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findTemplate } from "@/lib/legacy/queries";

export async function exportLegacyCouponsCsv(
  tenantId: string,
  templateId: string,
): Promise<{ fileName: string; body: ReadableStream<Uint8Array> }> {
  const template = await findTemplate(db(), tenantId, templateId);
  if (!template) throw AppError.notFound(`Coupon definition ${templateId}`);
  return {
    fileName: `coupons-${template.label.replace(/[^\w.-]+/g, "_")}.csv`,
    body: streamCodesCsv(tenantId, template.id, CodeFilters.parse({})),
  };
}
