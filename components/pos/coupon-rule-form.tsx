"use client";
// Create or edit a coupon rule (Erply saveCoupon): every field of reference §9.2.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { createCouponRuleAction, updateCouponRuleAction } from "@/app/(console)/pos/actions";
import { errorAt } from "@/components/pos/form-errors";
import { StoreScopeFields, type Choice } from "@/components/pos/store-scope-fields";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import type { CouponRuleView } from "@/lib/pos/coupon-rule-view";
import { CouponRuleInput, CouponRuleUpdate } from "@/lib/pos/schemas";
import { plainResolver } from "@/lib/forms/plain-resolver";
import { MAIN_CURRENCY } from "@/lib/money/currency";

type Values = z.input<typeof CouponRuleUpdate>;
type Output = z.output<typeof CouponRuleInput>;

function defaults(rule?: CouponRuleView): Values {
  return {
    ...(rule ? { version: rule.version } : {}),
    name: rule?.name ?? "",
    code: rule?.code ?? "",
    description: rule?.description ?? "",
    issuedFromDate: rule?.issuedFromDate ?? "",
    issuedUntilDate: rule?.issuedUntilDate ?? "",
    warehouseID: rule?.warehouseID ?? "",
    storeGroup: rule?.storeGroup ?? "",
    campaignID: rule?.campaignID ?? "",
    printedAutomaticallyInPOS: rule?.printedAutomaticallyInPOS ?? true,
    threshold: rule?.threshold ?? "",
    measure: rule?.measure ?? "dollars",
    thresholdType: rule?.thresholdType ?? "this_sale",
    promptCashier: rule?.promptCashier ?? false,
    printingCostInRewardPoints: rule?.printingCostInRewardPoints ?? 0,
  } as Values;
}

export function CouponRuleForm({
  rule,
  stores,
  groups,
  campaigns,
}: {
  rule?: CouponRuleView;
  stores: Choice[];
  groups: Choice[];
  campaigns: Choice[];
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values, unknown, Output>({
    // Editing adds only `version`; both schemas give the same output shape.
    resolver: plainResolver(
      (rule ? zodResolver(CouponRuleUpdate) : zodResolver(CouponRuleInput)) as unknown as Resolver<Values, unknown, Output>,
    ),
    defaultValues: defaults(rule),
  });
  const { errors, isSubmitting } = form.formState;
  const err = (path: string) => errorAt(errors, path);
  const automatic = useWatch({ control: form.control, name: "printedAutomaticallyInPOS" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = rule ? await updateCouponRuleAction(rule.id, values) : await createCouponRuleAction(values);
    if (result.ok) {
      router.push(`/pos/rules/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as Path<Values>, { message: text });
    setMessage(result.message);
  });

  const text = (id: string, label: string, name: Path<Values>, extra: { hint?: string; type?: string } = {}) => (
    <Field id={id} label={label} hint={extra.hint} error={err(name)}>
      <Input id={id} type={extra.type ?? "text"} invalid={Boolean(err(name))} {...form.register(name)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={rule ? "Edit coupon rule" : "New coupon rule"} className="grid gap-4 md:grid-cols-2">
      {message ? (
        <div className="md:col-span-2">
          <Notice tone="error">{message}</Notice>
        </div>
      ) : null}
      {text("rule-name", "Name", "name")}
      {text("rule-code", "Code (optional)", "code")}
      <div className="md:col-span-2">
        {text("rule-description", "Printed description (optional)", "description", {
          hint: "Printed on the coupon instead of the name when set.",
        })}
      </div>
      {text("rule-from", "Issue from (optional)", "issuedFromDate", {
        type: "date",
        hint: "Bounds when tills print this coupon, not how long the coupon stays valid.",
      })}
      {text("rule-until", "Issue until (optional)", "issuedUntilDate", { type: "date" })}
      <StoreScopeFields
        idPrefix="rule"
        stores={stores}
        groups={groups}
        store={form.register("warehouseID")}
        group={form.register("storeGroup")}
        storeError={err("warehouseID")}
        groupError={err("storeGroup")}
      />
      <Field
        id="rule-campaign"
        label="Campaign granted"
        hint="The discount the coupon unlocks when scanned; its dates are the coupon's validity."
        error={err("campaignID")}
      >
        <Select id="rule-campaign" invalid={Boolean(err("campaignID"))} {...form.register("campaignID")}>
          <option value="">No campaign</option>
          {campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="rule-cost"
        label="Printing cost in reward points"
        hint="Taken from the customer when a coupon is issued."
        error={err("printingCostInRewardPoints")}
      >
        <Input
          id="rule-cost"
          type="number"
          min={0}
          step={1}
          invalid={Boolean(err("printingCostInRewardPoints"))}
          {...form.register("printingCostInRewardPoints", { setValueAs: (v) => (v === "" ? 0 : Number(v)) })}
        />
      </Field>
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-4 md:col-span-2 md:grid-cols-3">
        <legend className="px-1 text-sm font-medium text-slate-700">Automatic printing</legend>
        <label className="flex items-center gap-2 text-sm md:col-span-3">
          <input type="checkbox" {...form.register("printedAutomaticallyInPOS")} /> Print automatically for every sale that meets the
          threshold
        </label>
        {text("rule-threshold", "Threshold", "threshold", { hint: `e.g. 250.00 ${MAIN_CURRENCY} or 500 points; empty means every sale.` })}
        <Field id="rule-measure" label="Measure" error={err("measure")}>
          <Select id="rule-measure" {...form.register("measure")}>
            <option value="dollars">Money ({MAIN_CURRENCY})</option>
            <option value="points">Reward points</option>
          </Select>
        </Field>
        <Field id="rule-threshold-type" label="Compared with" error={err("thresholdType")}>
          <Select id="rule-threshold-type" {...form.register("thresholdType")}>
            <option value="this_sale">This sale</option>
            <option value="points_amt">Customer&apos;s lifetime total</option>
          </Select>
        </Field>
        <div className="md:col-span-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" aria-describedby="rule-prompt-error" {...form.register("promptCashier")} /> Ask the cashier before
            printing
          </label>
          {err("promptCashier") ? (
            <p id="rule-prompt-error" role="alert" className="mt-1 text-xs font-medium text-rose-600">
              {err("promptCashier")}
            </p>
          ) : null}
          {!automatic ? (
            <p className="mt-1 text-xs text-slate-500">
              Without automatic printing the cashier issues this coupon by hand; the threshold is not used.
            </p>
          ) : null}
        </div>
      </fieldset>
      <div className="md:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : rule ? "Save rule" : "Create rule"}
        </Button>
      </div>
    </form>
  );
}
