"use client";
// Issues one coupon of a rule from the console (a cashier's manual issue), then opens its print preview.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Path } from "react-hook-form";
import type { z } from "zod";
import { issueCouponAction } from "@/app/(console)/pos/actions";
import { errorAt } from "@/components/pos/form-errors";
import type { Choice } from "@/components/pos/store-scope-fields";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { IssueCouponInput } from "@/lib/pos/schemas";
import { plainResolver } from "@/lib/forms/plain-resolver";

type Values = z.input<typeof IssueCouponInput>;

export function IssueCouponForm({ couponRuleId, stores, printingCost }: { couponRuleId: string; stores: Choice[]; printingCost: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof IssueCouponInput>>({
    resolver: plainResolver(zodResolver(IssueCouponInput)),
    defaultValues: {
      couponRuleId,
      pointOfSaleId: "console",
      uniqueIdentifier: "",
      storeId: "",
      customerId: "",
      employeeId: "",
      invoiceId: "",
      expiryDate: "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const err = (path: string) => errorAt(errors, path);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await issueCouponAction(values);
    if (result.ok) {
      router.push(`/pos/issued/${result.data.id}`);
      return;
    }
    for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as Path<Values>, { message: text });
    setMessage(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Issue a coupon" className="grid gap-4 md:grid-cols-3">
      {message ? (
        <div className="md:col-span-3">
          <Notice tone="error">{message}</Notice>
        </div>
      ) : null}
      <Field
        id="issue-customer"
        label="Customer id (optional)"
        hint={printingCost > 0 ? `Pays ${printingCost} reward points.` : undefined}
        error={err("customerId")}
      >
        <Input id="issue-customer" invalid={Boolean(err("customerId"))} {...form.register("customerId")} />
      </Field>
      <Field id="issue-store" label="Issued in store" error={err("storeId")}>
        <Select id="issue-store" {...form.register("storeId")}>
          <option value="">Not recorded</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.id})
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="issue-expiry"
        label="Expiry date (optional)"
        hint="Last day the coupon is valid; the campaign's end applies anyway."
        error={err("expiryDate")}
      >
        <Input id="issue-expiry" type="date" {...form.register("expiryDate")} />
      </Field>
      <Field
        id="issue-serial"
        label="Serial (optional)"
        hint="Leave empty for a generated 20-digit serial."
        error={err("uniqueIdentifier")}
      >
        <Input id="issue-serial" invalid={Boolean(err("uniqueIdentifier"))} {...form.register("uniqueIdentifier")} />
      </Field>
      <Field id="issue-till" label="Till (pointOfSaleId)" error={err("pointOfSaleId")}>
        <Input id="issue-till" {...form.register("pointOfSaleId")} />
      </Field>
      <Field id="issue-employee" label="Employee id (optional)" error={err("employeeId")}>
        <Input id="issue-employee" {...form.register("employeeId")} />
      </Field>
      <div className="md:col-span-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Issuing…" : "Issue coupon"}
        </Button>
      </div>
    </form>
  );
}
