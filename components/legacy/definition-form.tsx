"use client";
// Create or edit a coupon definition (reference §7.2) over the v0 schema itself (lib/legacy/definition-form.ts
// builds its body); the pattern's capacity and an example code show as it is typed, by the same pure parser
// the server generates codes with.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { createDefinitionAction, updateDefinitionAction } from "@/app/(console)/legacy/actions";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { plainMessage } from "@/lib/forms/plain-messages";
import { codeAtRank, compileCodePattern } from "@/lib/legacy/code-pattern";
import { definitionBody, definitionFormValues, formFieldOf, type DefinitionFormValues } from "@/lib/legacy/definition-form";
import { CouponDefinitionInput, LEGACY_CHANNEL_TYPES } from "@/lib/legacy/schemas";
import type { CouponDefinitionView } from "@/lib/legacy/view-schemas";
import { issuePath } from "@/lib/zod-issues";

type Output = CouponDefinitionInput;

const resolver: Resolver<DefinitionFormValues, unknown, Output> = async (values) => {
  const body = definitionBody(values);
  const parsed = CouponDefinitionInput.safeParse(body);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issuePath(issue.path), body);
    errors[field] ??= { type: issue.code, message: plainMessage(issue.message) };
  }
  return { values: {}, errors } as never;
};

function PatternPreview({ pattern }: { pattern: string }) {
  const analysis = useMemo(() => (pattern ? compileCodePattern(pattern) : null), [pattern]);
  if (!analysis) return null;
  if (!analysis.ok) return <p className="text-xs text-rose-600">{analysis.causes[0].message}</p>;
  return (
    <p className="text-xs text-slate-600" data-testid="pattern-capacity">
      {/* The middle code, not a random one: the server renders this too, and a random example would not hydrate. */}
      {analysis.pattern.capacity.toLocaleString("en")} distinct codes, e.g.{" "}
      <code>{codeAtRank(analysis.pattern, analysis.pattern.capacity / 2n)}</code>
    </p>
  );
}

export function DefinitionForm({
  definition,
  rules,
}: {
  definition?: CouponDefinitionView;
  rules: { id: string; label: string; currency: string }[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<DefinitionFormValues, unknown, Output>({ resolver, defaultValues: definitionFormValues(definition) });
  const { errors, isSubmitting } = form.formState;
  const err = (name: keyof DefinitionFormValues) => errors[name]?.message as string | undefined;
  const pattern = useWatch({ control: form.control, name: "pattern" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = definition ? await updateDefinitionAction(definition.id, values) : await createDefinitionAction(values);
    if (result.ok) {
      router.push(`/legacy/definitions/${result.data.id}`);
      router.refresh();
      return;
    }
    const body = definitionBody(form.getValues());
    for (const [path, text] of Object.entries(result.fieldErrors)) {
      const field = formFieldOf(path, body);
      if (field !== "root") form.setError(field, { message: text });
    }
    setMessage(result.message);
  });

  const input = (name: keyof DefinitionFormValues, label: string, options: { hint?: string; type?: string } = {}) => (
    <Field id={`definition-${name}`} label={label} hint={options.hint} error={err(name)}>
      <Input id={`definition-${name}`} type={options.type ?? "text"} invalid={Boolean(err(name))} {...form.register(name)} />
    </Field>
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={definition ? "Edit coupon definition" : "New coupon definition"}
      className="grid gap-4 md:grid-cols-2"
    >
      {message ? (
        <div className="md:col-span-2">
          <Notice tone="error">{message}</Notice>
        </div>
      ) : null}
      {input("label", "Label", { hint: "Unique among definitions and templates; coupons name it as template_label." })}
      <div className="space-y-1">
        {input("pattern", "Code pattern", { hint: "A regular expression: literals, [A-Z0-9], \\d, \\w, groups with |, {n}, {n,m} and ?." })}
        <PatternPreview pattern={pattern} />
      </div>
      <Field id="definition-discount_rule_id" label="Discount rule" error={err("discount_rule_id")}>
        <Select id="definition-discount_rule_id" invalid={Boolean(err("discount_rule_id"))} {...form.register("discount_rule_id")}>
          <option value="">Choose a discount rule</option>
          {rules.map((rule) => (
            <option key={rule.id} value={rule.id}>
              {rule.label} ({rule.currency})
            </option>
          ))}
        </Select>
      </Field>
      {input("max_redemptions", "Redemptions per coupon (optional)", { type: "number", hint: "At least 1; empty = no limit." })}
      {input("valid_from", "Valid from (optional)", { type: "date", hint: "From 00:00 UTC of that day." })}
      {input("valid_to", "Valid until (optional)", { type: "date", hint: "Until 23:59 UTC of that day." })}
      {input("consumer_id", "Only for consumer (optional)", { hint: "A customer id; empty = everyone." })}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">Channels (none = all)</legend>
        <div className="flex flex-wrap gap-3 text-sm">
          {LEGACY_CHANNEL_TYPES.map((channel) => (
            <label key={channel} className="inline-flex items-center gap-1">
              <input type="checkbox" value={channel} {...form.register("channel_types")} /> {channel}
            </label>
          ))}
        </div>
        {err("channel_types") ? (
          <p role="alert" className="text-xs font-medium text-rose-600">
            {err("channel_types")}
          </p>
        ) : null}
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : definition ? "Save definition" : "Create definition"}
        </Button>
      </div>
    </form>
  );
}
