"use client";
// Create or edit a v0 discount rule (reference §7.6) over the v0 schema itself: lib/legacy/discount-rule-form.ts
// builds the body of the chosen type and scope (the other fields left out, as the strict schema wants).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { createDiscountRuleAction, updateDiscountRuleAction } from "@/app/(console)/legacy/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { plainMessage } from "@/lib/forms/plain-messages";
import { discountRuleBody, discountRuleFormValues, ruleFieldOf, type DiscountRuleFormValues } from "@/lib/legacy/discount-rule-form";
import { DISCOUNT_SCOPES, DiscountRuleInput } from "@/lib/legacy/schemas";
import type { DiscountRuleView } from "@/lib/legacy/view-schemas";
import { issuePath } from "@/lib/zod-issues";

type Values = DiscountRuleFormValues;

const resolver: Resolver<Values, unknown, DiscountRuleInput> = async (values) => {
  const parsed = DiscountRuleInput.safeParse(discountRuleBody(values));
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues)
    errors[ruleFieldOf(issuePath(issue.path))] ??= { type: issue.code, message: plainMessage(issue.message) };
  return { values: {}, errors } as never;
};

export function DiscountRuleForm({ rule }: { rule?: DiscountRuleView }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values, unknown, DiscountRuleInput>({ resolver, defaultValues: discountRuleFormValues(rule) });
  const { errors, isSubmitting } = form.formState;
  const err = (name: keyof Values | "root") => errors[name as keyof Values]?.message as string | undefined;
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
    for (const [path, text] of Object.entries(result.fieldErrors)) {
      const field = ruleFieldOf(path);
      if (field !== "root") form.setError(field, { message: text });
    }
    setMessage(result.message);
  });

  const input = (name: keyof Values, label: string, options: { hint?: string; type?: string } = {}) => (
    <Field id={`rule-${name}`} label={label} hint={options.hint} error={err(name)}>
      <Input
        id={`rule-${name}`}
        type={options.type ?? "text"}
        step={options.type === "number" ? "any" : undefined}
        invalid={Boolean(err(name))}
        {...form.register(name)}
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
      {message || err("root") ? (
        <div className="md:col-span-2">
          <Notice tone="error">{message ?? err("root")}</Notice>
        </div>
      ) : null}
      {input("label", "Label", { hint: "Unique in your account." })}
      {input("description", "Description (optional)")}
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
        ? input("percentage", "Percentage off", { type: "number" })
        : input("amount", scope === "item" ? "Amount off per unit" : "Amount off", { type: "number" })}
      {input("currency", "Currency", { hint: "The cart must be in this currency." })}
      {input("priority", "Priority", { type: "number", hint: "Higher first among coupons of the same kind." })}
      {input("minimum_order_amount", "Minimum order amount (optional)", { type: "number" })}
      {scope === "shipping"
        ? input("shipping_price_limit", "Shipping price limit (optional)", {
            type: "number",
            hint: "Shipping priced above this gets no discount.",
          })
        : null}
      {scope === "item" ? (
        <>
          {input("items", "Product ids", { hint: "Comma separated." })}
          {input("categories", "Categories", { hint: "Comma separated." })}
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
