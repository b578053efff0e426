// Structural changes of a valid JSON body, and the other bodies a client can send (raw numbers, duplicate
// keys, multipart): the kinds of breakage of a request body.
import fc from "fast-check";
import { CONTENT_TYPES, HOSTILE_NUMBERS, HOSTILE_STRINGS, WRONG_TYPES } from "./hostile-values";
export type Path = (string | number)[];

/** Every position in a JSON value, so a mutation can pick one. */
export function positions(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => positions(item, [...path, i], out));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) positions(item, [...path, key], out);
  return out;
}

export function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], value);
}

export function replaced(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = next;
  return copy;
}

export function withoutKey(value: unknown, path: Path): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = at(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<string | number, unknown>)[key];
  return copy;
}

export type Body = { text?: string | Buffer; contentType: string; label: string };

export const json = (value: unknown, label: string): Body => ({ text: JSON.stringify(value), contentType: "application/json", label });

/** A structural change of a valid body: the kinds of breakage a JSON client can send. */
export function mutatedBody(valid: unknown): fc.Arbitrary<Body> {
  const spots = positions(valid);
  const spot = fc.constantFrom(...spots);
  const leaves = spots.filter((p) => p.length > 0);
  return fc.oneof(
    fc.constant(json(valid, "valid")),
    fc.tuple(spot, fc.constantFrom(...WRONG_TYPES)).map(([p, v]) => json(replaced(valid, p, v), `wrong type at ${p.join(".") || "root"}`)),
    leaves.length
      ? fc.constantFrom(...leaves).map((p) => json(withoutKey(valid, p), `missing ${p.join(".")}`))
      : fc.constant(json({}, "empty object")),
    fc.tuple(spot, fc.string({ minLength: 1, maxLength: 8 })).map(([p, key]) => {
      const node = at(valid, p);
      const target = node && typeof node === "object" && !Array.isArray(node) ? p : [];
      const host = at(valid, target);
      const extended =
        host && typeof host === "object" && !Array.isArray(host) ? { ...host, [`x_${key}`]: "extra" } : { value: host, extra: true };
      return json(replaced(valid, target, extended), `extra field at ${target.join(".") || "root"}`);
    }),
    fc
      .tuple(spot, fc.constantFrom(...HOSTILE_STRINGS.keys()))
      .map(([p, i]) => json(replaced(valid, p, HOSTILE_STRINGS[i]), `hostile string #${i} at ${p.join(".") || "root"}`)),
    fc
      .tuple(spot, fc.constantFrom(...HOSTILE_NUMBERS))
      .map(([p, n]) => json(replaced(valid, p, n), `number ${n} at ${p.join(".") || "root"}`)),
    fc.constantFrom(...(leaves.length ? leaves : [[]])).map((p) => ({ ...rawNumber(valid, p), label: `1e400 at ${p.join(".")}` })),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => ({
      text: `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
      contentType: "application/json",
      label: `object nesting ${depth}`,
    })),
    fc.integer({ min: 1_000, max: 20_000 }).map((depth) => ({
      text: `${"[".repeat(depth)}${"]".repeat(depth)}`,
      contentType: "application/json",
      label: `array nesting ${depth}`,
    })),
    fc.constant(duplicateKeys(valid)),
    fc
      .constantFrom(...CONTENT_TYPES)
      .map((contentType) => ({ text: JSON.stringify(valid), contentType, label: `content type "${contentType}"` })),
    fc.constantFrom(
      { text: "", contentType: "application/json", label: "empty body" },
      { text: undefined, contentType: "application/json", label: "no body" },
      { text: "{not json", contentType: "application/json", label: "malformed JSON" },
      { text: "null", contentType: "application/json", label: "JSON null" },
      { text: "[1,2,3]", contentType: "application/json", label: "JSON array" },
      { text: '"just a string"', contentType: "application/json", label: "JSON string" },
      { text: Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), contentType: "application/json", label: "invalid UTF-8" },
      { text: `\uFEFF${JSON.stringify(valid)}`, contentType: "application/json", label: "byte-order mark" },
      { text: `${JSON.stringify(valid)} trailing`, contentType: "application/json", label: "trailing garbage" },
      { text: '{"a":"\\ud800"}', contentType: "application/json", label: "escaped lone surrogate" },
      {
        text: '--zzz\r\nContent-Disposition: form-data; name="import"; filename="a.csv"\r\n\r\ncode\r\nA\u0000\r\n--zzz--\r\n',
        contentType: "multipart/form-data; boundary=zzz",
        label: "multipart with NUL",
      },
      {
        text: '--zzz\r\nContent-Disposition: form-data; name="import"\r\n\r\nabc',
        contentType: "multipart/form-data; boundary=yyy",
        label: "broken multipart",
      },
    ),
  );
}

export function rawNumber(valid: unknown, path: Path): Body {
  const marker = "__FUZZ_HUGE__";
  return {
    text: JSON.stringify(replaced(valid, path, marker)).replace(`"${marker}"`, "1e400"),
    contentType: "application/json",
    label: "",
  };
}

export function duplicateKeys(valid: unknown): Body {
  const text = JSON.stringify(valid);
  if (!valid || typeof valid !== "object" || Array.isArray(valid) || Object.keys(valid).length === 0)
    return { text: '{"a":1,"a":"two"}', contentType: "application/json", label: "duplicate keys" };
  const [key] = Object.keys(valid);
  return { text: `{${JSON.stringify(key)}:{"dup":[1,2]},${text.slice(1)}`, contentType: "application/json", label: `duplicate key ${key}` };
}

export function multipartBody(): fc.Arbitrary<Body> {
  const csv = fc.oneof(
    fc.constant("code\nFZ-1\nFZ-2\n"),
    fc.constant("id,name,categories,price_EUR\nP-1,Thing,a|b,1.005\n"),
    fc.constantFrom(...HOSTILE_STRINGS.slice(1)).map((s) => `code\n${s}\n`),
    fc.string({ unit: "grapheme", maxLength: 200 }),
  );
  return fc.tuple(csv, fc.constantFrom("import", "file", "")).map(([content, field]) => ({
    text: `--zzz\r\nContent-Disposition: form-data; name="${field}"; filename="fuzz.csv"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--zzz--\r\n`,
    contentType: "multipart/form-data; boundary=zzz",
    label: `multipart field "${field}"`,
  }));
}
