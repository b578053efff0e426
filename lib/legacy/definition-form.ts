// The console's definition form over the v0 definition schema (pure, client-safe): a form holds the rules
// as date and text fields; this turns them into the v0 body (validation_rules) CouponDefinitionInput
// checks, and maps the schema's error paths back onto the form's fields. Dates are whole days in UTC,
// as NOM's pickers read them (reference §11.3): from 00:00:00.000Z, until 23:59:59.999Z.
import type { CouponDefinitionInput, ValidationRule } from "@/lib/legacy/schemas";
import type { CouponDefinitionView } from "@/lib/legacy/view-schemas";

export type DefinitionFormValues = {
  label: string;
  pattern: string;
  discount_rule_id: string;
  channel_types: string[] | false;
  max_redemptions: string;
  valid_from: string;
  valid_to: string;
  consumer_id: string;
};

const RULE_FIELDS = { valid_from: "valid_from", valid_to: "valid_to", restricted_to_consumer_id: "consumer_id" } as const;

export function definitionFormValues(view?: CouponDefinitionView): DefinitionFormValues {
  const rule = <L extends ValidationRule["label"]>(label: L) =>
    view?.validation_rules.find((r): r is Extract<ValidationRule, { label: L }> => r.label === label);
  return {
    label: view?.label ?? "",
    pattern: view?.pattern ?? "",
    discount_rule_id: view?.discount_rule_id ?? "",
    channel_types: view?.channel_types ?? [],
    max_redemptions: view?.max_redemptions !== undefined ? String(view.max_redemptions) : "",
    valid_from: rule("valid_from")?.values.valid_from.slice(0, 10) ?? "",
    valid_to: rule("valid_to")?.values.valid_to.slice(0, 10) ?? "",
    consumer_id: rule("restricted_to_consumer_id")?.values.consumer_id ?? "",
  };
}

/** The v0 body (unchecked: CouponDefinitionInput judges it). */
export function definitionBody(values: DefinitionFormValues): Record<string, unknown> {
  const rules: unknown[] = [];
  if (values.valid_from) rules.push({ label: "valid_from", values: { valid_from: `${values.valid_from}T00:00:00.000Z` } });
  if (values.valid_to) rules.push({ label: "valid_to", values: { valid_to: `${values.valid_to}T23:59:59.999Z` } });
  if (values.consumer_id.trim()) rules.push({ label: "restricted_to_consumer_id", values: { consumer_id: values.consumer_id } });
  const channels = Array.isArray(values.channel_types) ? values.channel_types : [];
  return {
    label: values.label,
    pattern: values.pattern,
    discount_rule_id: values.discount_rule_id,
    validation_rules: rules,
    ...(channels.length ? { channel_types: channels } : {}),
    ...(values.max_redemptions.trim() ? { max_redemptions: Number(values.max_redemptions) } : {}),
  } satisfies Partial<Record<keyof CouponDefinitionInput, unknown>>;
}

/** The form field an error of the body belongs to: `validation_rules[1].values.valid_to` → `valid_to`. */
export function formFieldOf(path: string | undefined, body: Record<string, unknown>): keyof DefinitionFormValues | "root" {
  if (!path) return "root";
  const rule = /^validation_rules\[(\d+)\]/.exec(path);
  if (rule) {
    const label = (body.validation_rules as { label?: string }[])[Number(rule[1])]?.label;
    return RULE_FIELDS[label as keyof typeof RULE_FIELDS] ?? "root";
  }
  const top = path.split(/[.[]/)[0];
  return top in definitionFormValues() ? (top as keyof DefinitionFormValues) : "root";
}
