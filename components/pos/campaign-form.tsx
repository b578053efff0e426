"use client";
// Create or edit a POS campaign. The award is chosen at create time only: printed coupons promise it.
// "Save as draft" keeps a change beside the live campaign (the POS never sees it) until it is published
// from the campaign page; with a draft, the form edits the draft.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type Path } from "react-hook-form";
import { saveCampaignDraftAction } from "@/app/(console)/offers/version-actions";
import { createCampaignAction, updateCampaignAction } from "@/app/(console)/pos/actions";
import { LimitsFields } from "@/components/offers/limits-fields";
import { ImpactList } from "@/components/scenarios/impact-list";
import { errorAt } from "@/components/pos/form-errors";
import { StoreScopeFields, type Choice } from "@/components/pos/store-scope-fields";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { COUPON_KINDS, KIND_LABELS } from "@/lib/offers/category-schema";
import { CampaignCreateForm, CampaignEditForm, campaignFormDefaults, type CampaignFormValues } from "@/lib/pos/campaign-form";
import type { CampaignView } from "@/lib/pos/campaign-view";
import type { CampaignInput } from "@/lib/pos/schemas";
import { plainResolver } from "@/lib/forms/plain-resolver";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";

const CURRENCIES = ["EUR", "USD", "GBP", "CHF", "JPY", "KWD"];

type Props = {
  campaign?: CampaignView;
  stores: Choice[];
  groups: Choice[];
  /** The campaign's draft, when it has one: the form edits it (its values are in `campaign`). */
  draft?: { etag: string; number: number } | null;
  /** The tenant's zone, where limit windows start (contract §7). */
  zone: string;
};

export function CampaignForm({ campaign, stores, groups, draft = null, zone }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ text: string; impact: ScenarioImpact } | null>(null);
  const editing = Boolean(campaign);
  const form = useForm<CampaignFormValues, unknown, CampaignInput>({
    resolver: plainResolver(zodResolver(editing ? CampaignEditForm : CampaignCreateForm)),
    defaultValues: campaignFormDefaults(campaign),
  });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const err = (...paths: string[]) => errorAt(errors, ...paths);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = campaign ? await updateCampaignAction(campaign.id, values) : await createCampaignAction(values);
    if (result.ok) {
      router.push(`/pos/campaigns/${result.data.id}`);
      router.refresh();
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as Path<CampaignFormValues>, { message: text });
    setMessage(result.message);
  });

  const saveDraft = form.handleSubmit(async (values) => {
    if (!campaign) return;
    setMessage(null);
    const result = await saveCampaignDraftAction(campaign.id, values, draft ? { etag: draft.etag } : {});
    if (!result.ok) {
      for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as Path<CampaignFormValues>, { message: text });
      setMessage(result.message);
      return;
    }
    setSaved({ text: `Draft saved (version ${result.data.draft.number}). The live campaign is unchanged.`, impact: result.data.impact });
    router.refresh();
  });

  const percentage = kind.endsWith("Percentage");
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate aria-label={editing ? "Edit campaign" : "New campaign"} className="grid gap-4 md:grid-cols-2">
        {message ? (
          <div className="md:col-span-2">
            <Notice tone="error">{message}</Notice>
          </div>
        ) : null}
        <Field id="campaign-name" label="Name" error={err("name")}>
          <Input id="campaign-name" invalid={Boolean(err("name"))} {...form.register("name")} />
        </Field>
        <Field id="campaign-enabled" label="Enabled">
          <label className="flex items-center gap-2 text-sm">
            <input id="campaign-enabled" type="checkbox" {...form.register("enabled")} /> Coupons of this campaign can be used
          </label>
        </Field>
        <Field id="campaign-start-date" label="Start date" error={err("startDate")}>
          <Input id="campaign-start-date" type="date" invalid={Boolean(err("startDate"))} {...form.register("startDate")} />
        </Field>
        <Field
          id="campaign-start-time"
          label="Start time (optional)"
          hint="Store-local time; empty means the start of the day."
          error={err("startTime")}
        >
          <Input id="campaign-start-time" type="time" step={1} {...form.register("startTime")} />
        </Field>
        <Field id="campaign-end-date" label="End date (optional)" error={err("endDate")}>
          <Input id="campaign-end-date" type="date" invalid={Boolean(err("endDate"))} {...form.register("endDate")} />
        </Field>
        <Field id="campaign-end-time" label="End time (optional)" hint="Empty means the end of the day." error={err("endTime")}>
          <Input id="campaign-end-time" type="time" step={1} {...form.register("endTime")} />
        </Field>
        <StoreScopeFields
          idPrefix="campaign"
          stores={stores}
          groups={groups}
          store={form.register("warehouseID")}
          group={form.register("storeGroup")}
          storeError={err("warehouseID")}
          groupError={err("storeGroup")}
        />

        <fieldset className="space-y-4 rounded-md border border-slate-200 p-4 md:col-span-2" disabled={editing}>
          <legend className="px-1 text-sm font-medium text-slate-700">
            Award {editing ? "(fixed once created: printed coupons promise it)" : ""}
          </legend>
          <div className="grid gap-4 md:grid-cols-3">
            <Field id="campaign-kind" label="Discount kind" error={err("category.kind", "category")}>
              <Select id="campaign-kind" {...form.register("kind")}>
                {COUPON_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
            </Field>
            {kind !== "FreeShipping" ? (
              <Field id="campaign-discount" label={percentage ? "Discount (%)" : "Discount amount"} error={err("category.discount")}>
                <Input
                  id="campaign-discount"
                  inputMode="decimal"
                  invalid={Boolean(err("category.discount"))}
                  {...form.register("discount")}
                />
              </Field>
            ) : (
              <Field id="campaign-shipping" label="Shipping options (optional)" hint="Comma separated; empty means any.">
                <Input id="campaign-shipping" {...form.register("shippingOptions")} />
              </Field>
            )}
            <Field id="campaign-currency" label="Currency" error={err("currency")}>
              <Select id="campaign-currency" {...form.register("currency")}>
                {CURRENCIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </Select>
            </Field>
            {kind !== "FreeShipping" ? (
              <>
                <Field
                  id="campaign-products"
                  label={kind.startsWith("Cart") ? "Only these product ids (optional)" : "Product ids"}
                  hint="Comma separated."
                  error={err("category.products", "category.buy.products", "category.get.products")}
                >
                  <Input id="campaign-products" {...form.register("productIds")} />
                </Field>
                <Field id="campaign-categories" label="Product categories" hint="Comma separated; a product matches by id or category.">
                  <Input id="campaign-categories" {...form.register("productCategories")} />
                </Field>
              </>
            ) : null}
            {kind.startsWith("ProductLevel") ? (
              <Field id="campaign-max-quantity" label="Units per line (optional)" error={err("category.maxQuantity")}>
                <Input id="campaign-max-quantity" inputMode="numeric" {...form.register("maxQuantity")} />
              </Field>
            ) : null}
            {kind.startsWith("Bogo") ? (
              <>
                <Field id="campaign-buy" label="Buy (units)" error={err("category.buy.quantity")}>
                  <Input id="campaign-buy" inputMode="numeric" {...form.register("buyQuantity")} />
                </Field>
                <Field id="campaign-get" label="Get (units)" hint="Applies once per scanned coupon." error={err("category.get.quantity")}>
                  <Input id="campaign-get" inputMode="numeric" {...form.register("getQuantity")} />
                </Field>
              </>
            ) : null}
          </div>
        </fieldset>
        <fieldset className="rounded-md border border-slate-200 p-4 md:col-span-2">
          <legend className="px-1 text-sm font-medium text-slate-700">Limits</legend>
          <LimitsFields disabled={false} zone={zone} />
        </fieldset>
        <div className="flex flex-wrap gap-3 md:col-span-2">
          {draft ? null : (
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : editing ? "Save campaign" : "Create campaign"}
            </Button>
          )}
          {editing ? (
            <Button variant={draft ? "primary" : "secondary"} onClick={() => void saveDraft()} disabled={isSubmitting}>
              {draft ? "Save draft" : "Save as draft"}
            </Button>
          ) : null}
        </div>
        {saved ? (
          <div className="space-y-3 md:col-span-2">
            <Notice tone="success">{saved.text}</Notice>
            <ImpactList impact={saved.impact} />
          </div>
        ) : null}
      </form>
    </FormProvider>
  );
}
