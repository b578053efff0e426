"use client";
// Add codes by hand: one per line, all or nothing; each refused code is listed with its reason.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { addCodesAction } from "@/app/(console)/coupons/[id]/codes/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import { MAX_CODES_PER_REQUEST } from "@/lib/codes/schemas";
import { plainResolver } from "@/lib/forms/plain-resolver";

const FormSchema = z.object({
  text: z
    .string()
    .refine((t) => splitCodes(t).length > 0, "Type at least one code")
    .refine((t) => splitCodes(t).length <= MAX_CODES_PER_REQUEST, `At most ${MAX_CODES_PER_REQUEST} codes at once; import a CSV for more`),
});
type FormValues = z.infer<typeof FormSchema>;

function splitCodes(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function AddCodesForm({ couponId }: { couponId: string }) {
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string; details: string[] } | null>(null);
  const form = useForm<FormValues>({ resolver: plainResolver(zodResolver(FormSchema)), defaultValues: { text: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ text }) => {
    setResult(null);
    const codes = splitCodes(text);
    const response = await addCodesAction(couponId, { codes });
    if (response.ok) {
      setResult({ tone: "success", text: `Added ${response.data.length} code${response.data.length === 1 ? "" : "s"}.`, details: [] });
      form.reset();
      return;
    }
    // One entry per refused code (fieldErrors codes[i]); each message quotes the code.
    setResult({ tone: "error", text: response.message, details: Object.values(response.fieldErrors) });
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Add codes by hand">
      <Field
        id="codes-text"
        label="Codes (one per line)"
        hint={`Up to ${MAX_CODES_PER_REQUEST}; letters, digits and - % _ @ & !`}
        error={errors.text?.message}
      >
        <textarea
          id="codes-text"
          rows={5}
          className={`${inputClass} font-mono`}
          aria-invalid={Boolean(errors.text) || undefined}
          {...form.register("text")}
        />
      </Field>
      {result ? (
        <Notice tone={result.tone}>
          <p>{result.text}</p>
          {result.details.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {result.details.slice(0, 20).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Adding…" : "Add codes"}
      </Button>
    </form>
  );
}
