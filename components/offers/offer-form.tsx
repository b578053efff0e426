"use client";
// THE form for coupons and automatic promotions (create and edit). Its schema is the API's own
// (CouponInput / PromotionInput), so the browser and the server reject the same things. The fields
// follow the chosen kind. The whole discount (category) is fixed once the offer exists, because codes
// already handed out promise it: editing shows it read-only with "Duplicate to change it".
// "Save changes" puts the change live at once, guarded by the saved scenarios (a break needs a note);
// "Save as draft" keeps it beside the live offer until it is published (draft-controls.tsx).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch, type FieldErrors, type Resolver } from "react-hook-form";
import { createOfferAction, getOfferAction } from "@/app/(console)/offers/actions";
import { checkLiveSaveAction, saveLiveAction } from "@/app/(console)/offers/version-actions";
import { DraftControls, DraftNotice } from "@/components/offers/draft-controls";
import { LiveSaveConfirm } from "@/components/offers/live-save-confirm";
import { AudienceFields, StorePicker } from "@/components/offers/audience-fields";
import { CategoryFields } from "@/components/offers/category-fields";
import { ConflictNotice } from "@/components/offers/conflict-notice";
import { CurrencyTable } from "@/components/offers/currency-table";
import { DateFields } from "@/components/offers/date-fields";
import { LimitsFields } from "@/components/offers/limits-fields";
import { errorAt, flattenErrors, toFormPath } from "@/components/offers/form-errors";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select, inputClass } from "@/components/ui/field";
import { Card, Notice } from "@/components/ui/page-header";
import { COUPON_KINDS, FIXED_KINDS, KIND_LABELS, PROMOTION_KINDS, type Kind } from "@/lib/offers/category-schema";
import { FAMILIES, type Family } from "@/lib/offers/family";
import { defaultCategory, offerToFormValues, type OfferFormValues } from "@/lib/offers/form-values";
import type { AudienceOptions } from "@/lib/offers/pickers/list-audience-options";
import type { StoreOption } from "@/lib/offers/pickers/list-store-options";
import { describeCategory, describeOffer } from "@/lib/offers/preview";
import { CouponInput, PromotionInput, type OfferView } from "@/lib/offers/schemas";
import { fieldInWords } from "@/lib/forms/plain-messages";
import { plainResolver } from "@/lib/forms/plain-resolver";
import type { ScenarioImpact } from "@/lib/scenarios/schemas";
import type { VersionView } from "@/lib/versions/schemas";

type Props = {
  family: Family;
  initial: OfferView | null;
  defaults: OfferFormValues;
  copyOf?: { id: string; name: string } | null;
  stores: StoreOption[];
  categories: string[];
  audience: AudienceOptions;
  tenantTimeZone: string;
  defaultOffset: string;
  readOnly: boolean;
  /** The draft the form starts from, when the offer has one, and what it does to the scenarios. */
  draft?: VersionView | null;
  impact?: ScenarioImpact | null;
};

/** A saved offer's discount, read-only: the API refuses any change to it (`category` is immutable). */
function LockedCategory({ offer, family }: { offer: OfferView; family: Family }) {
  const info = FAMILIES[family];
  return (
    <div className="space-y-3" data-testid="locked-category">
      <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-500">Kind</dt>
        <dd className="text-slate-900">{KIND_LABELS[offer.category.kind]}</dd>
        <dt className="text-slate-500">Discount</dt>
        <dd className="text-slate-900">{describeCategory(offer.category, offer.currencies)}</dd>
      </dl>
      <p className="text-sm text-slate-600">
        The kind and the discount are fixed once a {info.label.toLowerCase()} exists, so every code already handed out keeps its promise.
        Duplicate it to start a new {info.label.toLowerCase()} from these values with a different discount.
      </p>
      <ButtonLink href={`${info.consolePath}/new?from=${encodeURIComponent(offer.id)}`} variant="secondary">
        Duplicate to change it
      </ButtonLink>
    </div>
  );
}

/** What stops the save, each with its field named: some fields (a locked discount) have no red box to look for. */
function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const items = flattenErrors(errors);
  if (items.length === 0) return null;
  return (
    <div className="text-sm text-rose-700" role="alert">
      <p className="font-medium">Fix {items.length === 1 ? "this" : `these ${items.length}`} before saving:</p>
      <ul className="list-disc pl-5">
        {items.slice(0, 6).map((item) => (
          <li key={item.path}>
            {fieldInWords(item.path)}: {item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Preview({ zone }: { zone: string }) {
  const values = useWatch() as OfferFormValues;
  return (
    <p className="rounded-md bg-indigo-50 px-3 py-2 text-sm text-indigo-950" aria-live="polite" data-testid="offer-preview">
      {describeOffer(values, { zone })}
    </p>
  );
}

export function OfferForm({
  family,
  initial,
  defaults,
  copyOf = null,
  stores,
  categories,
  audience,
  tenantTimeZone,
  defaultOffset,
  readOnly,
  draft = null,
  impact = null,
}: Props) {
  const router = useRouter();
  const info = FAMILIES[family];
  const [loaded, setLoaded] = useState<OfferView | null>(initial);
  const [conflict, setConflict] = useState<OfferView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // "Save changes" that would break pinned scenarios waits here for a note and an explicit yes.
  const [brokenImpact, setBrokenImpact] = useState<{ impact: ScenarioImpact; values: OfferFormValues } | null>(null);
  const schema = family === "coupon" ? CouponInput : PromotionInput;
  const form = useForm<OfferFormValues>({
    resolver: plainResolver(zodResolver(schema as typeof CouponInput) as unknown as Resolver<OfferFormValues>),
    defaultValues: defaults,
  });
  const { register, formState, setValue, getValues } = form;
  const kind = useWatch({ control: form.control, name: "category.kind" }) as Kind;
  const kinds = family === "coupon" ? COUPON_KINDS : PROMOTION_KINDS;
  const fixed = FIXED_KINDS.includes(kind);

  const chooseKind = (next: Kind) => {
    setValue("category", defaultCategory(next) as OfferFormValues["category"], { shouldDirty: true });
    // A per-currency amount only exists for fixed-amount kinds.
    if (!FIXED_KINDS.includes(next))
      setValue(
        "currencies",
        getValues("currencies").map(({ amount: _amount, ...rest }) => rest),
        { shouldDirty: true },
      );
  };

  const submit = async (values: OfferFormValues, confirmation?: { acceptBrokenScenarios: true; note: string }) => {
    setMessage(null);
    const result = loaded
      ? await saveLiveAction(family, loaded.id, { ...values, version: loaded.version }, confirmation)
      : await createOfferAction(family, values);
    if (!result.ok && loaded && result.fieldErrors.acceptBrokenScenarios) {
      const check = await checkLiveSaveAction(family, loaded.id, values);
      if (check.ok) {
        setBrokenImpact({ impact: check.data, values });
        return;
      }
    }
    if (result.ok) {
      // No router.refresh() here: it can cancel the navigation, and the action already revalidated the pages.
      router.push(`${info.consolePath}/${result.data.id}?saved=1`);
      return;
    }
    if (result.code === "version_mismatch" && loaded) {
      const current = await getOfferAction(family, loaded.id);
      if (current.ok) {
        setConflict(current.data);
        return;
      }
    }
    for (const [field, text] of Object.entries(result.fieldErrors))
      form.setError(toFormPath(field) as keyof OfferFormValues, { message: text });
    setMessage(result.message);
  };
  const onSubmit = form.handleSubmit((values) => submit(values));

  const reloadTheirs = () => {
    if (!conflict) return;
    setLoaded(conflict);
    form.reset(offerToFormValues(conflict));
    setConflict(null);
    setMessage(null);
  };

  const nameError = errorAt(formState.errors, "name");
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={`${info.label} form`}>
        {conflict && loaded ? (
          <ConflictNotice loaded={loaded} current={conflict} onReload={reloadTheirs} onDismiss={() => setConflict(null)} />
        ) : null}
        {message ? <Notice tone="error">{message}</Notice> : null}
        <DraftNotice draft={draft} label={info.label.toLowerCase()} />
        {copyOf ? <Notice>Not saved yet: this is a copy of “{copyOf.name}”. Nothing changes on the original.</Notice> : null}
        {readOnly ? <Notice>You have read-only access: ask an admin or marketer to change this {info.label.toLowerCase()}.</Notice> : null}
        <fieldset disabled={readOnly} className="space-y-6">
          <Card title="Basics">
            <div className="grid gap-4 md:grid-cols-2">
              <Field id="f-name" label="Name" error={nameError}>
                <Input id="f-name" invalid={Boolean(nameError)} {...register("name")} />
              </Field>
              {loaded ? null : (
                <Field id="f-kind" label="Kind">
                  <Select id="f-kind" value={kind} disabled={readOnly} onChange={(e) => chooseKind(e.target.value as Kind)}>
                    {kinds.map((k) => (
                      <option key={k} value={k}>
                        {KIND_LABELS[k]}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              <div className="md:col-span-2">
                <Field id="f-description" label="Description (optional)" error={errorAt(formState.errors, "description")}>
                  <textarea id="f-description" rows={2} className={inputClass} {...register("description")} />
                </Field>
              </div>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" {...register("active")} />
                Enabled (a disabled {info.label.toLowerCase()} never applies, whatever its dates)
              </label>
            </div>
          </Card>
          <Card title="Discount">
            {loaded ? (
              <LockedCategory offer={loaded} family={family} />
            ) : (
              <CategoryFields
                key={kind}
                kind={kind}
                categories={categories}
                shippingMethods={audience.shippingMethods}
                disabled={readOnly}
              />
            )}
          </Card>
          <Card title="Currencies">
            <CurrencyTable fixed={fixed} disabled={readOnly} />
          </Card>
          <Card title="Validity">
            <DateFields tenantZone={tenantTimeZone} defaultOffset={defaultOffset} disabled={readOnly} />
          </Card>
          <Card title="Limits">
            <LimitsFields disabled={readOnly} zone={tenantTimeZone} />
          </Card>
          <Card title="Where and for whom">
            <div className="space-y-4">
              <StorePicker stores={stores} tenantZone={tenantTimeZone} disabled={readOnly} />
              <AudienceFields coupon={family === "coupon"} segments={audience.segments} disabled={readOnly} />
            </div>
          </Card>
        </fieldset>
        <div className="sticky bottom-0 space-y-2 border-t border-slate-200 bg-white/95 py-3">
          <Preview zone={tenantTimeZone} />
          {readOnly ? null : (
            <div className="flex flex-wrap items-start gap-3">
              {/* With a draft (or never published), changes go through the draft and the publish dialog. */}
              {draft || loaded?.status === "Draft" ? null : (
                <Button type="submit" disabled={formState.isSubmitting}>
                  {formState.isSubmitting ? "Saving…" : loaded ? "Save changes" : `Create ${info.label.toLowerCase()}`}
                </Button>
              )}
              <DraftControls family={family} loaded={loaded} draft={draft} impact={impact} zone={tenantTimeZone} />
              <ErrorSummary errors={formState.errors} />
            </div>
          )}
          {brokenImpact ? (
            <LiveSaveConfirm
              impact={brokenImpact.impact}
              onCancel={() => setBrokenImpact(null)}
              onConfirm={async (note) => {
                const values = brokenImpact.values;
                setBrokenImpact(null);
                await submit(values, { acceptBrokenScenarios: true, note });
              }}
            />
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
