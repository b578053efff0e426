"use client";
// Create or edit a v0 discount rule (reference §7.6): the same zod schema as POST /api/v0/d/discount_rules.
// Fields of the other type or scope are unregistered while hidden, so the strict body never carries them.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import { createDiscountRuleAction, updateDiscountRuleAction } from "@/app/(console)/legacy/actions";
import { errorAt } from "@/components/pos/form-errors";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { plainResolver } from "@/lib/forms/plain-resolver";
import { DISCOUNT_SCOPES, DiscountRuleInput } from "@/lib/legacy/schemas";
import type { DiscountRuleView } from "@/lib/legacy/view-schemas";

type Values = Record<string, unknown>;

const optionalNumber = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));
const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
const optionalText = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function defaults(rule?: DiscountRuleView): Values {
  return {
    label: rule?.label ?? "",
    description: rule?.description ?? "",
    scope: rule?.scope ?? "order",
    type: rule?.type ?? "fixed",
    amount: rule?.amount ?? "",
    percentage: rule?.percentage ?? "",
    currency: rule?.currency ?? "EUR",
    priority: rule?.priority ?? 0,
    minimum_order_amount: rule?.minimum_order_amount ?? "",
    shipping_price_limit: rule?.shipping_price_limit ?? "",
    items: rule?.items.join(", ") ?? "",
    categories: rule?.categories.join(", ") ?? "",
  };
}

export function DiscountRuleForm({ rule }: { rule?: DiscountRuleView }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values, unknown, DiscountRuleInput>({
    resolver: plainResolver(zodResolver(DiscountRuleInput) as unknown as Resolver<Values, unknown, DiscountRuleInput>),
    defaultValues: defaults(rule),
    shouldUnregister: true,
  });
  const { errors, isSubmitting } = form.formState;
  const err = (path: string) => errorAt(errors, path);
  const type = useWatch({ control: form.control, name: "type" });
  const scope = useWatch({ control: form.control, name: "scope" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = rule ? await updateDiscountRuleAction(rule.id, values) : await createDiscountRuleAction(values);
    if (result.ok) {
      router.push(`/legacy/rules/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as Path<Values>, { message: text });
    setMessage(result.message);
  });

  const input = (id: string, label: string, name: string, options: { hint?: string; type?: string; as?: (v: unknown) => unknown } = {}) => (
    <Field id={id} label={label} hint={options.hint} error={err(name)}>
      <Input
        id={id}
        type={options.type ?? "text"}
        step={options.type === "number" ? "any" : undefined}
        invalid={Boolean(err(name))}
        {...form.register(name, { setValueAs: options.as })}
      />
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={rule ? "Edit discount rule" : "New discount rule"}
      className="grid gap-4 md:grid-cols-2"
    >
      {message ? (
        <div className="md:col-span-2">
          <Notice tone="error">{message}</Notice>
        </div>
      ) : null}
      {input("rule-label", "Label", "label", { hint: "Unique in your account." })}
      {input("rule-description", "Description (optional)", "description", { as: optionalText })}
      <Field id="rule-scope" label="Scope" error={err("scope")}>
        <Select id="rule-scope" {...form.register("scope")}>
          {DISCOUNT_SCOPES.map((s) => (
            <option key={s} value={s}>
              {s === "order" ? "Order (the whole cart)" : s === "item" ? "Items (listed products or categories)" : "Shipping"}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="rule-type" label="Type" error={err("type")}>
        <Select id="rule-type" {...form.register("type")}>
          <option value="fixed">Fixed amount</option>
          <option value="percentage">Percentage</option>
        </Select>
      </Field>
      {type === "percentage"
        ? input("rule-percentage", "Percentage off", "percentage", { type: "number", as: optionalNumber })
        : input("rule-amount", scope === "item" ? "Amount off per unit" : "Amount off", "amount", { type: "number", as: optionalNumber })}
      {input("rule-currency", "Currency", "currency", { hint: "The cart must be in this currency." })}
      {input("rule-priority", "Priority", "priority", {
        type: "number",
        hint: "Higher first among coupons of the same kind.",
        as: optionalNumber,
      })}
      {input("rule-minimum", "Minimum order amount (optional)", "minimum_order_amount", { type: "number", as: optionalNumber })}
      {scope === "shipping"
        ? input("rule-shipping-limit", "Shipping price limit (optional)", "shipping_price_limit", {
            type: "number",
            hint: "Shipping priced above this gets no discount.",
            as: optionalNumber,
          })
        : null}
      {scope === "item" ? (
        <>
          {input("rule-items", "Product ids", "items", { hint: "Comma separated.", as: list })}
          {input("rule-categories", "Categories", "categories", { hint: "Comma separated.", as: list })}
        </>
      ) : null}
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : rule ? "Save discount rule" : "Create discount rule"}
        </Button>
      </div>
    </form>
  );
}
