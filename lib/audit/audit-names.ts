// The names behind the ids on one page of the audit log (offers, stores, products, customers, POS
// rules and campaigns), read in one query per object type, so the log shows names instead of UUIDs.
import type { AuditNames } from "@/lib/audit/describe-audit-event";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db/client";
import { legacyNames } from "@/lib/legacy/queries";

function idsOf(events: AuditEventView[], ...types: string[]): string[] {
  return [...new Set(events.filter((e) => types.includes(e.objectType)).map((e) => e.objectId))];
}

/** Ids named inside the changes under these fields (a value, a list, or a { from, to } of either). */
function idsInChanges(events: AuditEventView[], fields: string[]): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === "string" && value) ids.add(value);
    else if (Array.isArray(value)) for (const id of value) ids.add(String(id));
  };
  for (const event of events) {
    for (const field of fields) {
      const value = (event.changes as Record<string, unknown> | null)?.[field];
      if (value && typeof value === "object" && "from" in value && "to" in value) {
        add((value as { from: unknown }).from);
        add((value as { to: unknown }).to);
      } else add(value);
    }
  }
  return [...ids];
}

/** `extra.storeIds`: stores named outside the events (the versions a diff compares). */
export async function auditNames(
  tenantId: string,
  events: AuditEventView[],
  zone: string,
  extra: { storeIds?: string[] } = {},
): Promise<AuditNames> {
  const offerIds = [
    ...idsOf(events, "coupon", "promotion"),
    ...events
      .map((e) => (e.changes as { duplicatedFrom?: unknown } | null)?.duplicatedFrom)
      .filter((v): v is string => typeof v === "string"),
  ];
  const storeIds = [
    ...new Set([
      ...idsOf(events, "store"),
      ...idsInChanges(events, ["stores", "warehouseID", "warehouseId", "storeId"]),
      ...(extra.storeIds ?? []),
    ]),
  ];
  const campaignIds = [...new Set([...idsOf(events, "pos_campaign"), ...idsInChanges(events, ["campaignID", "campaignId"])])];
  const legacyTemplateIds = idsOf(events, "legacy_coupon_definition", "legacy_coupon_template");
  const [offers, stores, groups, products, customers, rules, campaigns, legacy] = await Promise.all([
    offerIds.length
      ? db().offer.findMany({ where: { tenantId, id: { in: offerIds } }, select: { id: true, name: true, family: true } })
      : [],
    storeIds.length ? db().store.findMany({ where: { tenantId, id: { in: storeIds } }, select: { id: true, name: true } }) : [],
    idsOf(events, "store_group").length
      ? db().storeGroup.findMany({ where: { tenantId, id: { in: idsOf(events, "store_group") } }, select: { id: true, name: true } })
      : [],
    idsOf(events, "product").length
      ? db().product.findMany({ where: { tenantId, id: { in: idsOf(events, "product") } }, select: { id: true, name: true } })
      : [],
    idsOf(events, "customer").length
      ? db().customer.findMany({ where: { tenantId, id: { in: idsOf(events, "customer") } }, select: { id: true, name: true } })
      : [],
    idsOf(events, "pos_coupon_rule").length
      ? db().posCouponRule.findMany({ where: { tenantId, id: { in: idsOf(events, "pos_coupon_rule") } }, select: { id: true, name: true } })
      : [],
    campaignIds.length ? db().posCampaign.findMany({ where: { tenantId, id: { in: campaignIds } }, select: { id: true, name: true } }) : [],
    legacyNames(db(), tenantId, {
      rules: idsOf(events, "legacy_discount_rule"),
      templates: legacyTemplateIds,
      coupons: idsOf(events, "legacy_coupon"),
    }),
  ]);
  const objects: Record<string, string> = {};
  for (const o of offers) objects[`${o.family}:${o.id}`] = o.name;
  for (const s of stores) objects[`store:${s.id}`] = s.name;
  for (const g of groups) objects[`store_group:${g.id}`] = g.name;
  for (const p of products) objects[`product:${p.id}`] = p.name;
  for (const c of customers) objects[`customer:${c.id}`] = c.name;
  for (const r of rules) objects[`pos_coupon_rule:${r.id}`] = r.name;
  for (const c of campaigns) objects[`pos_campaign:${c.id}`] = c.name;
  Object.assign(objects, legacy);
  return { objects, stores: Object.fromEntries(stores.map((s) => [s.id, s.name])), zone };
}
