// An audit event in words for the console: what kind of object, its name instead of its id, and each
// changed field as "Label: before → after" (store ids as store names, the discount as a sentence).
// Pure and client-safe: the names come from lib/audit/audit-names.ts.
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
};

const ACTION_LABELS: Record<string, string> = { create: "created", update: "changed", delete: "deleted", archive: "archived", restore: "restored" };

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
};

export type AuditNames = { objects: Record<string, string>; stores: Record<string, string> };
export type FieldChange = { field: string; label: string; from: string; to: string };
export type DescribedEvent = { objectLabel: string; objectName: string; href: string | null; action: string; changes: FieldChange[] };

function isDiff(changes: unknown): changes is Record<string, { from: unknown; to: unknown }> {
  return Boolean(changes) && typeof changes === "object" && Object.values(changes as object).every((v) => v && typeof v === "object" && "from" in v && "to" in v);
}

function valueInWords(field: string, value: unknown, names: AuditNames): string {
  if (field === "stores" && Array.isArray(value)) return value.length === 0 ? "all stores" : value.map((id) => names.stores[String(id)] ?? String(id)).join(", ");
  if (field === "category" && value && typeof value === "object" && "kind" in value) return describeCategory(value as Parameters<typeof describeCategory>[0], []);
  if ((field === "channels" || field === "consumers") && Array.isArray(value) && value.length === 0) return field === "channels" ? "all channels" : "every customer";
  if (field === "segment" && value && typeof value === "object" && "key" in value) {
    const segment = value as { key: unknown; value?: unknown };
    return `${String(segment.key)} = ${String(segment.value ?? "")}`;
  }
  if (field === "segment" && value === null) return "everyone";
  return formatValue(value);
}

const label = (field: string) => FIELD_LABELS[field] ?? fieldInWords(field);

export function describeAuditEvent(event: AuditEventView, names: AuditNames): DescribedEvent {
  const raw = event.changes && typeof event.changes === "object" ? (event.changes as Record<string, unknown>) : {};
  const objectName = names.objects[`${event.objectType}:${event.objectId}`] ?? (typeof raw.name === "string" ? raw.name : event.objectId);
  const path = OBJECT_PATHS[event.objectType];
  const href = path && event.action !== "delete" ? `${path}/${encodeURIComponent(event.objectId)}` : null;
  let changes: FieldChange[];
  if (isDiff(event.changes)) {
    changes = Object.entries(event.changes).map(([field, change]) => ({ field, label: label(field), from: valueInWords(field, change.from, names), to: valueInWords(field, change.to, names) }));
  } else {
    // A create (or another snapshot): every field it set, from nothing.
    changes = Object.entries(raw)
      .filter(([field]) => field !== "id" && field !== "tenant")
      .map(([field, value]) => ({ field, label: field === "duplicatedFrom" ? "Copied from" : label(field), from: "—", to: field === "duplicatedFrom" ? names.objects[`${event.objectType}:${String(value)}`] ?? String(value) : valueInWords(field, value, names) }));
  }
  return { objectLabel: OBJECT_LABELS[event.objectType] ?? fieldInWords(event.objectType), objectName, href, action: ACTION_LABELS[event.action] ?? event.action, changes };
}
