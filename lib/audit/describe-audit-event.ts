// An audit event in words for the console: what kind of object, its name instead of its id, and each
// changed field as "Label: before → after" (store ids as store names, the discount as a sentence).
// Pure and client-safe: the names come from lib/audit/audit-names.ts.
import { formatOfferDate } from "@/lib/offers/dates";
import { FIELD_LABELS, formatValue } from "@/lib/offers/format-value";
import { describeCategory } from "@/lib/offers/preview";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { fieldInWords } from "@/lib/forms/plain-messages";

export const OBJECT_LABELS: Record<string, string> = {
  coupon: "Coupon",
  promotion: "Promotion",
  coupon_code: "Coupon code",
  code_import: "Code import",
  redemption: "Redemption",
  exclusion_list: "Exclusion list",
  store: "Store",
  store_group: "Store group",
  product: "Product",
  customer: "Customer",
  user: "User",
  api_token: "API token",
  pos_coupon_rule: "POS coupon rule",
  pos_campaign: "POS campaign",
  issued_coupon: "Printed POS coupon",
  webhook: "Webhook endpoint",
  legacy_discount_rule: "Legacy discount rule",
  legacy_coupon_definition: "Legacy coupon definition",
  legacy_coupon_template: "Legacy coupon template",
  legacy_coupon: "Legacy coupon",
};

const ACTION_LABELS: Record<string, string> = {
  create: "created",
  update: "changed",
  delete: "deleted",
  archive: "archived",
  restore: "restored",
  reveal_secret: "secret revealed",
  replay: "delivery replayed",
  switch_off: "switched off after failures",
  generate: "generated coupons of",
  create_draft: "created as a draft",
  save_draft: "saved a draft of",
  discard_version: "discarded a draft of",
  publish: "published",
  schedule: "scheduled the publishing of",
  publish_failed: "could not publish",
};

/** Console pages of the objects that have one, by object type. */
const OBJECT_PATHS: Record<string, string> = {
  coupon: "/coupons",
  promotion: "/promotions",
  store: "/catalog/stores",
  store_group: "/catalog/store-groups",
  product: "/catalog/products",
  customer: "/catalog/customers",
  pos_coupon_rule: "/pos/rules",
  pos_campaign: "/pos/campaigns",
  issued_coupon: "/pos/issued",
  legacy_discount_rule: "/legacy/rules",
  legacy_coupon_definition: "/legacy/definitions",
  legacy_coupon_template: "/legacy/definitions",
  legacy_coupon: "/legacy/coupons",
};

/** Names behind ids, and the zone dates are shown in (the tenant's). */
export type AuditNames = { objects: Record<string, string>; stores: Record<string, string>; zone: string };

const STORE_FIELDS = new Set(["warehouseID", "warehouseId", "storeId"]);
const CAMPAIGN_FIELDS = new Set(["campaignID", "campaignId"]);
const DATE_FIELDS = new Set(["validFrom", "validTo"]);
export type FieldChange = { field: string; label: string; from: string; to: string };
export type DescribedEvent = { objectLabel: string; objectName: string; href: string | null; action: string; changes: FieldChange[] };

function isChange(value: unknown): value is { from: unknown; to: unknown } {
  return Boolean(value) && typeof value === "object" && "from" in (value as object) && "to" in (value as object);
}

type CurrencyInWords = { code: string; minimumCartValue?: number; amount?: number };

function currencyInWords(c: CurrencyInWords): string {
  const details = [
    c.minimumCartValue !== undefined && c.minimumCartValue > 0 ? `minimum cart ${c.minimumCartValue}` : null,
    c.amount !== undefined ? `amount ${c.amount}` : null,
  ].filter(Boolean);
  return details.length ? `${c.code} (${details.join(", ")})` : c.code;
}

/** One field's value in words: store ids as names, dates in the tenant's zone, the discount as a sentence. */
export function valueInWords(field: string, value: unknown, names: AuditNames): string {
  if (STORE_FIELDS.has(field) && typeof value === "string" && value) return names.stores[value] ?? value;
  if (CAMPAIGN_FIELDS.has(field) && typeof value === "string" && value) return names.objects[`pos_campaign:${value}`] ?? value;
  if (DATE_FIELDS.has(field) && typeof value === "string" && value) return formatOfferDate(value, names.zone);
  if (field === "stores" && Array.isArray(value))
    return value.length === 0 ? "all stores" : value.map((id) => names.stores[String(id)] ?? String(id)).join(", ");
  if (field === "category" && value && typeof value === "object" && "kind" in value)
    return describeCategory(value as Parameters<typeof describeCategory>[0], []);
  if ((field === "channels" || field === "consumers") && Array.isArray(value) && value.length === 0)
    return field === "channels" ? "all channels" : "every customer";
  if (field === "segment" && value && typeof value === "object" && "key" in value) {
    const segment = value as { key: unknown; value?: unknown };
    return `${String(segment.key)} = ${String(segment.value ?? "")}`;
  }
  if (field === "segment" && value === null) return "everyone";
  if (field === "validTo" && value === null) return "no end";
  if (field === "maxRedemptions" && value === null) return "no limit";
  if (field === "currencies" && Array.isArray(value) && value.every((c) => c && typeof c === "object" && "code" in c))
    return value.length === 0 ? "none" : value.map((c) => currencyInWords(c as CurrencyInWords)).join(", ");
  return formatValue(value);
}

/** A field's label: "Valid to" for validTo. */
export const label = (field: string) => FIELD_LABELS[field] ?? fieldInWords(field);

export function describeAuditEvent(event: AuditEventView, names: AuditNames): DescribedEvent {
  const raw = event.changes && typeof event.changes === "object" ? (event.changes as Record<string, unknown>) : {};
  const objectName =
    event.objectType === "exclusion_list"
      ? ""
      : (names.objects[`${event.objectType}:${event.objectId}`] ?? (typeof raw.name === "string" ? raw.name : event.objectId));
  const path = OBJECT_PATHS[event.objectType];
  const href = path && event.action !== "delete" ? `${path}/${encodeURIComponent(event.objectId)}` : null;
  // A field is either a change ({ from, to }) or, in a create's snapshot, the value it was set to.
  const changes: FieldChange[] = Object.entries(raw)
    .filter(([field]) => field !== "id" && field !== "tenant")
    .map(([field, value]) => {
      if (isChange(value))
        return { field, label: label(field), from: valueInWords(field, value.from, names), to: valueInWords(field, value.to, names) };
      if (field === "duplicatedFrom")
        return { field, label: "Copied from", from: "—", to: names.objects[`${event.objectType}:${String(value)}`] ?? String(value) };
      return { field, label: label(field), from: "—", to: valueInWords(field, value, names) };
    });
  return {
    objectLabel: OBJECT_LABELS[event.objectType] ?? fieldInWords(event.objectType),
    objectName,
    href,
    action: ACTION_LABELS[event.action] ?? event.action,
    changes,
  };
}
