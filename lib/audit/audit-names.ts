// The names behind the ids on one page of the audit log (offers, stores, products, customers, POS
// rules and campaigns), read in one query per object type, so the log shows names instead of UUIDs.
import type { AuditNames } from "@/lib/audit/describe-audit-event";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db/client";

function idsOf(events: AuditEventView[], ...types: string[]): string[] {
  return [...new Set(events.filter((e) => types.includes(e.objectType)).map((e) => e.objectId))];
}

/** Store ids named inside the changes (an offer's stores before and after). */
function storeIdsIn(events: AuditEventView[]): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    const stores = (event.changes as { stores?: unknown } | null)?.stores;
    const lists = Array.isArray(stores) ? [stores] : stores && typeof stores === "object" ? [(stores as { from?: unknown }).from, (stores as { to?: unknown }).to] : [];
    for (const list of lists) if (Array.isArray(list)) for (const id of list) ids.add(String(id));
  }
  return [...ids];
}

export async function auditNames(tenantId: string, events: AuditEventView[]): Promise<AuditNames> {
  const offerIds = [...idsOf(events, "coupon", "promotion"), ...events.map((e) => (e.changes as { duplicatedFrom?: unknown } | null)?.duplicatedFrom).filter((v): v is string => typeof v === "string")];
  const storeIds = [...new Set([...idsOf(events, "store"), ...storeIdsIn(events)])];
  const [offers, stores, groups, products, customers, rules, campaigns] = await Promise.all([
    offerIds.length ? db().offer.findMany({ where: { tenantId, id: { in: offerIds } }, select: { id: true, name: true, family: true } }) : [],
    storeIds.length ? db().store.findMany({ where: { tenantId, id: { in: storeIds } }, select: { id: true, name: true } }) : [],
    idsOf(events, "store_group").length ? db().storeGroup.findMany({ where: { tenantId, id: { in: idsOf(events, "store_group") } }, select: { id: true, name: true } }) : [],
    idsOf(events, "product").length ? db().product.findMany({ where: { tenantId, id: { in: idsOf(events, "product") } }, select: { id: true, name: true } }) : [],
    idsOf(events, "customer").length ? db().customer.findMany({ where: { tenantId, id: { in: idsOf(events, "customer") } }, select: { id: true, name: true } }) : [],
    idsOf(events, "pos_coupon_rule").length ? db().posCouponRule.findMany({ where: { tenantId, id: { in: idsOf(events, "pos_coupon_rule") } }, select: { id: true, name: true } }) : [],
    idsOf(events, "pos_campaign").length ? db().posCampaign.findMany({ where: { tenantId, id: { in: idsOf(events, "pos_campaign") } }, select: { id: true, name: true } }) : [],
  ]);
  const objects: Record<string, string> = {};
  for (const o of offers) objects[`${o.family}:${o.id}`] = o.name;
  for (const s of stores) objects[`store:${s.id}`] = s.name;
  for (const g of groups) objects[`store_group:${g.id}`] = g.name;
  for (const p of products) objects[`product:${p.id}`] = p.name;
  for (const c of customers) objects[`customer:${c.id}`] = c.name;
  for (const r of rules) objects[`pos_coupon_rule:${r.id}`] = r.name;
  for (const c of campaigns) objects[`pos_campaign:${c.id}`] = c.name;
  return { objects, stores: Object.fromEntries(stores.map((s) => [s.id, s.name])) };
}
