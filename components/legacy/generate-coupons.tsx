"use client";
// "Generate N coupons" of a definition: up to 1,000 at once, more as a job whose progress shows here.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { generateCouponsAction, generationProgressAction } from "@/app/(console)/legacy/actions";
import { ImportProgress } from "@/components/codes/import-progress";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Notice } from "@/components/ui/page-header";
import type { CodeImportView } from "@/lib/codes/views";

async function readGeneration(job: CodeImportView): Promise<CodeImportView> {
  const result = await generationProgressAction(job.id);
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

export function GenerateCoupons({ templateId, running }: { templateId: string; running: CodeImportView[] }) {
  const router = useRouter();
  const [count, setCount] = useState("100");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [job, setJob] = useState<CodeImportView | null>(null);
  const [pending, startTransition] = useTransition();

  const generate = () =>
    startTransition(async () => {
      setError(null);
      setDone(null);
      const result = await generateCouponsAction(templateId, Number(count));
      if (!result.ok) {
        setError(result.fieldErrors.count ?? result.message);
        return;
      }
      if (result.data.job) setJob(result.data.job);
      else setDone(`${result.data.created.toLocaleString("en")} coupons generated.`);
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <Field
          id="generate-count"
          label="Coupons to generate"
          hint="Up to 1,000 at once; more run in the background."
          error={error ?? undefined}
        >
          <Input
            id="generate-count"
            type="number"
            min={1}
            value={count}
            invalid={Boolean(error)}
            onChange={(e) => setCount(e.target.value)}
          />
        </Field>
        <Button type="button" onClick={generate} disabled={pending}>
          {pending ? "Generating…" : "Generate"}
        </Button>
      </div>
      {done ? <Notice tone="success">{done}</Notice> : null}
      {[...(job ? [job] : []), ...running.filter((r) => r.id !== job?.id)].map((j) => (
        <ImportProgress key={j.id} initial={j} read={readGeneration} />
      ))}
    </div>
  );
}
