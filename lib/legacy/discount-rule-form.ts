// The console's discount rule form over the v0 schema (pure, client-safe): the form keeps every field as
// text; this builds the v0 body of the chosen type and scope (the others' fields left out, as the strict
// schema wants) for DiscountRuleInput to judge.
import type { DiscountRuleView } from "@/lib/legacy/view-schemas";

export type DiscountRuleFormValues = {
  label: string;
  description: string;
  scope: string;
  type: string;
  amount: string;
  percentage: string;
  currency: string;
  priority: string;
  minimum_order_amount: string;
  shipping_price_limit: string;
  items: string;
  categories: string;
};

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

export function discountRuleFormValues(rule?: DiscountRuleView): DiscountRuleFormValues {
  return {
    label: rule?.label ?? "",
    description: rule?.description ?? "",
    scope: rule?.scope ?? "order",
    type: rule?.type ?? "fixed",
    amount: text(rule?.amount),
    percentage: text(rule?.percentage),
    currency: rule?.currency ?? "EUR",
    priority: text(rule?.priority ?? 0),
    minimum_order_amount: text(rule?.minimum_order_amount),
    shipping_price_limit: text(rule?.shipping_price_limit),
    items: rule?.items.join(", ") ?? "",
    categories: rule?.categories.join(", ") ?? "",
  };
}

const number = (value: string) => (value.trim() === "" ? undefined : Number(value));
const list = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

export function discountRuleBody(values: DiscountRuleFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {
    label: values.label,
    scope: values.scope,
    type: values.type,
    currency: values.currency,
    priority: number(values.priority),
    minimum_order_amount: number(values.minimum_order_amount),
  };
  if (values.description.trim()) body.description = values.description;
  if (values.type === "percentage") body.percentage = number(values.percentage);
  else body.amount = number(values.amount);
  if (values.scope === "shipping") body.shipping_price_limit = number(values.shipping_price_limit);
  if (values.scope === "item") {
    body.items = list(values.items);
    body.categories = list(values.categories);
  }
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

/** The form field an error path of the body belongs to (`items[2]` → items); root for the rest. */
export function ruleFieldOf(path: string | undefined): keyof DiscountRuleFormValues | "root" {
  const top = path?.split(/[.[]/)[0];
  return top && top in discountRuleFormValues() ? (top as keyof DiscountRuleFormValues) : "root";
}
