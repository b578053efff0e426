"use client";
// "Generate N codes" from a # pattern or a charset and length, with prefix and postfix. Shows, before
// anything is generated, how many codes the pattern can produce and the chance a guessed code is valid,
// with the same pure analysis the server enforces.
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { generateCodesAction } from "@/app/(console)/coupons/[id]/codes/actions";
import { ImportProgress } from "@/components/codes/import-progress";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import {
  analysePattern,
  CHARSET_NAMES,
  exampleCode,
  formatBig,
  formatChance,
  PatternInput,
  type PatternInput as SpecInput,
} from "@/lib/codes/pattern";
import type { CodeImportView } from "@/lib/codes/views";
import { plainResolver } from "@/lib/forms/plain-resolver";

// Input's own className sets its look; a style keeps that and shows codes in a monospaced font.
const MONO = { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace" };

const CHARSET_LABELS: Record<(typeof CHARSET_NAMES)[number] | "custom", string> = {
  alphanumeric: "Letters and digits (A–Z, a–z, 0–9)",
  alphanumericUppercase: "Upper-case letters and digits",
  alphabetic: "Letters (A–Z, a–z)",
  alphabeticUppercase: "Upper-case letters",
  alphabeticLowercase: "Lower-case letters",
  numbers: "Digits",
  readable: "Easy to read (no 0/O, 1/I/L)",
  custom: "Custom characters",
};

const GenerateForm = z.object({
  mode: z.enum(["pattern", "length"]),
  count: z.string(),
  pattern: z.string(),
  length: z.string(),
  charset: z.enum([...CHARSET_NAMES, "custom"]),
  customCharset: z.string(),
  prefix: z.string(),
  postfix: z.string(),
});
type FormValues = z.infer<typeof GenerateForm>;

function specOf(v: FormValues): SpecInput {
  const common = {
    count: Number(v.count),
    charset: v.charset,
    prefix: v.prefix,
    postfix: v.postfix,
    ...(v.charset === "custom" ? { customCharset: v.customCharset } : {}),
  };
  return v.mode === "pattern" ? { ...common, pattern: v.pattern } : { ...common, length: Number(v.length) };
}

/** The server's own checks, run in the browser: errors land beside the fields before submitting. */
const CheckedForm = GenerateForm.superRefine((values, ctx) => {
  const parsed = PatternInput.safeParse(specOf(values));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return;
  }
  const result = analysePattern(parsed.data);
  if (!result.ok)
    for (const cause of result.causes) ctx.addIssue({ code: "custom", path: [cause.field ?? "count"], message: cause.message });
});

export function GenerateCodesForm({ couponId }: { couponId: string }) {
  const [job, setJob] = useState<CodeImportView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: plainResolver(zodResolver(CheckedForm)),
    defaultValues: {
      mode: "pattern",
      count: "1000",
      pattern: "XMAS-####-####",
      length: "10",
      charset: "alphanumericUppercase",
      customCharset: "",
      prefix: "",
      postfix: "",
    },
  });
  const values = useWatch({ control: form.control }) as FormValues;
  const { errors, isSubmitting } = form.formState;

  // The shape is judged with a count of 1, so the space shows even while the count is too big for it.
  const analysis = useMemo(() => {
    const parsed = PatternInput.safeParse({ ...specOf(values), count: 1 });
    if (!parsed.success) return null;
    const result = analysePattern(parsed.data);
    if (!result.ok) return null;
    const count = Number(values.count);
    return {
      ...result.analysis,
      example: exampleCode(result.analysis),
      guessChance: Number.isFinite(count) && count > 0 ? count / Number(result.analysis.space) : 0,
    };
  }, [values]);

  const onSubmit = form.handleSubmit(async (submitted) => {
    setMessage(null);
    const result = await generateCodesAction(couponId, specOf(submitted));
    if (result.ok) return setJob(result.data);
    for (const [field, text] of Object.entries(result.fieldErrors)) form.setError(field as keyof FormValues, { message: text });
    setMessage(result.message);
  });

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="Generate codes">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="gen-count" label="How many codes" error={errors.count?.message}>
          <Input id="gen-count" inputMode="numeric" invalid={Boolean(errors.count)} {...form.register("count")} />
        </Field>
        <Field id="gen-mode" label="Shape">
          <Select id="gen-mode" {...form.register("mode")}>
            <option value="pattern">Pattern with # placeholders</option>
            <option value="length">Random characters of a length</option>
          </Select>
        </Field>
        {values.mode === "pattern" ? (
          <Field
            id="gen-pattern"
            label="Pattern"
            hint="Each # becomes a random character, e.g. XMAS-####-####"
            error={errors.pattern?.message}
          >
            <Input id="gen-pattern" style={MONO} invalid={Boolean(errors.pattern)} {...form.register("pattern")} />
          </Field>
        ) : (
          <Field id="gen-length" label="Length" error={errors.length?.message}>
            <Input id="gen-length" inputMode="numeric" invalid={Boolean(errors.length)} {...form.register("length")} />
          </Field>
        )}
        <Field id="gen-charset" label="Characters">
          <Select id="gen-charset" {...form.register("charset")}>
            {Object.entries(CHARSET_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        {values.charset === "custom" ? (
          <Field id="gen-custom" label="Custom characters" error={errors.customCharset?.message}>
            <Input id="gen-custom" style={MONO} invalid={Boolean(errors.customCharset)} {...form.register("customCharset")} />
          </Field>
        ) : null}
        <Field id="gen-prefix" label="Prefix" error={errors.prefix?.message}>
          <Input id="gen-prefix" style={MONO} invalid={Boolean(errors.prefix)} {...form.register("prefix")} />
        </Field>
        <Field id="gen-postfix" label="Postfix" error={errors.postfix?.message}>
          <Input id="gen-postfix" style={MONO} invalid={Boolean(errors.postfix)} {...form.register("postfix")} />
        </Field>
      </div>
      {analysis ? (
        <div role="group" aria-label="What this pattern gives" className="space-y-2 rounded-md bg-slate-50 p-3 text-sm">
          <dl className="grid gap-2 sm:grid-cols-3">
            <div>
              <dt className="text-xs text-slate-500">Example</dt>
              <dd className="font-mono">{analysis.example}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">Distinct codes possible</dt>
              <dd>{formatBig(analysis.space)}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-500">Chance a guessed code is valid</dt>
              <dd>{formatChance(Math.min(1, analysis.guessChance))}</dd>
            </div>
          </dl>
          <p className="text-xs text-slate-500">
            At most {analysis.maxCount.toLocaleString("en")} codes can be generated from this pattern (half of what it can produce, so codes
            stay hard to guess).
          </p>
        </div>
      ) : null}
      {message ? <Notice tone="error">{message}</Notice> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Starting…" : "Generate codes"}
      </Button>
      {job ? <ImportProgress key={job.id} initial={job} /> : null}
    </form>
  );
}
