"use client";
// The Cart Simulator's "Save as scenario": stores the cart under a name and pins the result it gets now
// as the expectation, so every later change to the offers is checked against it (contract §8).
import Link from "next/link";
import { useState, useTransition } from "react";
import { createScenarioAction } from "@/app/(console)/scenarios/actions";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Card, Notice } from "@/components/ui/page-header";
import type { CartRequest } from "@/lib/pricing";

export function SaveScenarioForm({ request }: { request: CartRequest }) {
  const [name, setName] = useState("");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const save = () =>
    startTransition(async () => {
      const saved = await createScenarioAction(name, request);
      setResult(
        saved.ok
          ? { tone: "success", text: `Saved “${saved.data.name}”: this result is now its expectation.` }
          : { tone: "error", text: saved.fieldErrors.name ?? saved.message },
      );
      if (saved.ok) setName("");
    });
  return (
    <Card title="Save as scenario">
      <p className="mb-3 text-sm text-slate-600">
        Keep this cart and pin the result above as its expectation: every change to the offers is checked against it.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <Field id="scenario-name" label="Scenario name">
            <Input id="scenario-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </Field>
        </div>
        <Button onClick={save} disabled={pending || !name.trim()}>
          Save as scenario
        </Button>
      </div>
      {result ? (
        <div className="mt-3">
          <Notice tone={result.tone}>
            {result.text}{" "}
            {result.tone === "success" ? (
              <Link href="/scenarios" className="underline">
                See all scenarios
              </Link>
            ) : null}
          </Notice>
        </div>
      ) : null}
    </Card>
  );
}
