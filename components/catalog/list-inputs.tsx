"use client";
// Inputs for the two collection shapes zod expects that plain text boxes cannot hold directly: a list
// of strings ("shoes, new-arrivals") and a string record (attribute name → value). Each keeps what the
// person is typing locally and reports the parsed value upwards.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

function parseList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function StringListInput({
  id,
  value,
  onChange,
  invalid,
  placeholder,
}: {
  id: string;
  value: string[];
  onChange: (next: string[]) => void;
  invalid?: boolean;
  placeholder?: string;
}) {
  const [text, setText] = useState(value.join(", "));
  return (
    <input
      id={id}
      className={inputClass}
      aria-invalid={invalid || undefined}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseList(event.target.value));
      }}
    />
  );
}

type Pair = { key: string; value: string };

export function KeyValueInput({
  id,
  value,
  onChange,
  invalid,
}: {
  id: string;
  value: Record<string, string>;
  onChange: (next: Record<string, string>) => void;
  invalid?: boolean;
}) {
  const [pairs, setPairs] = useState<Pair[]>(Object.entries(value).map(([key, v]) => ({ key, value: v })));
  const duplicates = new Set(pairs.map((p) => p.key.trim()).filter((key, i, all) => key && all.indexOf(key) !== i));

  function update(next: Pair[]) {
    setPairs(next);
    // A row without a name is still being typed; it is not an attribute yet.
    onChange(Object.fromEntries(next.filter((p) => p.key.trim() !== "").map((p) => [p.key.trim(), p.value])));
  }

  return (
    <div id={id} className={`space-y-2 ${invalid ? "rounded-md ring-1 ring-rose-500 p-2" : ""}`} role="group">
      {pairs.map((pair, i) => (
        <div key={i} className="flex gap-2">
          <input
            aria-label={`Attribute ${i + 1} name`}
            className={inputClass}
            placeholder="name, e.g. color"
            value={pair.key}
            onChange={(event) => update(pairs.map((p, j) => (j === i ? { ...p, key: event.target.value } : p)))}
          />
          <input
            aria-label={`Attribute ${i + 1} value`}
            className={inputClass}
            placeholder="value, e.g. red"
            value={pair.value}
            onChange={(event) => update(pairs.map((p, j) => (j === i ? { ...p, value: event.target.value } : p)))}
          />
          <Button variant="ghost" aria-label={`Remove attribute ${i + 1}`} onClick={() => update(pairs.filter((_, j) => j !== i))}>
            Remove
          </Button>
        </div>
      ))}
      {duplicates.size > 0 ? (
        <p className="text-xs font-medium text-rose-600">
          Each attribute name may appear once; the last {[...duplicates].join(", ")} wins.
        </p>
      ) : null}
      <Button variant="secondary" onClick={() => update([...pairs, { key: "", value: "" }])}>
        Add attribute
      </Button>
    </div>
  );
}
