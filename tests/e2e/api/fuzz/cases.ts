// One fuzz case per call: an operation of the OpenAPI document turned into a concrete HTTP request,
// first generated from its schemas (path ids, query, body), then, most of the time, broken: wrong
// types, missing and extra fields, 1 MB strings, NUL, lone surrogates, right-to-left text, huge,
// negative and fractional numbers, deep nesting, duplicate keys, wrong content types, empty bodies,
// malformed percent-encoding, odd credentials.
import fc from "fast-check";
import { valueFor, type Hints, type JsonSchema, type OpenApiDocument, type Operation, type Parameter } from "./schema-arbitrary";

export type FuzzOperation = { method: string; path: string; operation: Operation };

export type Credentials = "admin" | "viewer" | "none" | "bad" | "wrong-tenant";

export type FuzzCase = {
  method: string;
  /** Path and query, already encoded (it may hold deliberately malformed escapes). */
  url: string;
  credentials: Credentials;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** What was done, for the failure report. */
  label: string;
};

const ONE_MB = "x".repeat(1 << 20);
// URLs stay under Node's 16 KB limit for the request head: beyond it Node answers a bare 431 before
// Next or our code runs (README, REST API). Long values in URLs are 4 KB; bodies get the 1 MB ones.
const LONG_IN_URL = "x".repeat(4096);

/** Strings that have broken servers before. */
export const HOSTILE_STRINGS: readonly string[] = [
  ONE_MB,
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\uDE00\uD83D", // a pair in the wrong order
  "\u202Eevil\u202C עברית العربية",
  "😀👍🏽",
  "e\u0301\u0301\u0301\u0301",
  "",
  "   ",
  "' OR 1=1 --",
  "%00%ff",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "null",
  "\r\n\t",
];

export const HOSTILE_NUMBERS: readonly number[] = [
  1e308,
  -1e308,
  -1,
  0,
  -0,
  0.5,
  1.005,
  2.675,
  1e-7,
  2 ** 53 + 2,
  -(2 ** 31),
  2 ** 31,
  123456789.123456789,
];

const WRONG_TYPES: readonly unknown[] = [null, 0, -1, 1.5, "", "text", true, false, [], {}, [null], { nested: { deeper: [] } }];

const CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zzz",
  "application/xml",
  "application/json; charset=latin1",
  "application/merge-patch+json",
  "",
];

// Path segments and query values written raw into the URL: malformed or overlong escapes, encoded
// NUL, encoded surrogate halves (CESU-8), dot segments.
const RAW_SEGMENTS = ["%C0%AF", "%ff%fe%fd", "%E0%A4%A", "%", "%00", "%ED%A0%80", "%2e%2e", "..", ".", "%2F..%2F", "a%20b", "%F0%9F%98%80"];

type Path = (string | number)[];

/** Every position in a JSON value, so a mutation can pick one. */
function positions(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => positions(item, [...path, i], out));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) positions(item, [...path, key], out);
  return out;
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], value);
}

function replaced(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = next;
  return copy;
}

function withoutKey(value: unknown, path: Path): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const parent = at(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<string | number, unknown>)[key];
  return copy;
}

type Body = { text?: string | Buffer; contentType: string; label: string };

const json = (value: unknown, label: string): Body => ({ text: JSON.stringify(value), contentType: "application/json", label });

/** A structural change of a valid body: the kinds of breakage a JSON client can send. */
function mutatedBody(valid: unknown): fc.Arbitrary<Body> {
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

function rawNumber(valid: unknown, path: Path): Body {
  const marker = "__FUZZ_HUGE__";
  return {
    text: JSON.stringify(replaced(valid, path, marker)).replace(`"${marker}"`, "1e400"),
    contentType: "application/json",
    label: "",
  };
}

function duplicateKeys(valid: unknown): Body {
  const text = JSON.stringify(valid);
  if (!valid || typeof valid !== "object" || Array.isArray(valid) || Object.keys(valid).length === 0)
    return { text: '{"a":1,"a":"two"}', contentType: "application/json", label: "duplicate keys" };
  const [key] = Object.keys(valid);
  return { text: `{${JSON.stringify(key)}:{"dup":[1,2]},${text.slice(1)}`, contentType: "application/json", label: `duplicate key ${key}` };
}

function multipartBody(): fc.Arbitrary<Body> {
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

function pathSegment(parameter: Parameter, doc: OpenApiDocument, hints: Hints): fc.Arbitrary<{ raw: string; label: string }> {
  // An empty segment would make `//`, which Next's router answers with a 308 to the normalised path
  // before our code runs; an empty id is sent as a space instead.
  const fromSchema = valueFor(parameter.schema, doc, hints, parameter.name).map((v) => String(v) || " ");
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fromSchema.map((v) => ({ raw: encodeURIComponent(v), label: `${parameter.name}=${JSON.stringify(v).slice(0, 40)}` })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...HOSTILE_STRINGS.keys())
        .map((i) => ({ raw: safeEncode(inUrl(HOSTILE_STRINGS[i])) || "%20", label: `${parameter.name}=hostile #${i}` })),
    },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((raw) => ({ raw, label: `${parameter.name} raw ${raw}` })) },
  );
}

function inUrl(value: string): string {
  return value === ONE_MB ? LONG_IN_URL : value;
}

/** encodeURIComponent refuses lone surrogates; send their replacement instead (the raw list has the CESU-8 bytes). */
function safeEncode(value: string): string {
  return encodeURIComponent(value.replace(/\p{Surrogate}/gu, "\uFFFD"));
}

function queryString(parameters: Parameter[], doc: OpenApiDocument, hints: Hints): fc.Arbitrary<{ raw: string; label: string }> {
  const documented = parameters.map((p) =>
    fc.option(
      fc.oneof(
        {
          weight: 3,
          arbitrary: valueFor(p.schema, doc, hints, p.name).map((v) => `${encodeURIComponent(p.name)}=${safeEncode(String(v))}`),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(...HOSTILE_STRINGS.keys()).map((i) => `${p.name}=${safeEncode(inUrl(HOSTILE_STRINGS[i]))}`),
        },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS).map((n) => `${p.name}=${n}`) },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS).map((raw) => `${p.name}=${raw}`) },
        { weight: 1, arbitrary: fc.constant(`${p.name}=1&${p.name}=2`) },
      ),
      { freq: 2 },
    ),
  );
  const junk = fc.option(
    fc.constantFrom("unknown=1", "%00=%00", "a[b]=c", "count=1e400", "page=-0", "sort=;DROP TABLE x", `q=${LONG_IN_URL}`, "=", "&&&"),
    { freq: 3 },
  );
  return fc.tuple(fc.tuple(...documented), junk).map(([parts, extra]) => {
    const raw = [...parts, extra].filter((p): p is string => Boolean(p)).join("&");
    return { raw: raw ? `?${raw}` : "", label: raw.length > 120 ? `${raw.slice(0, 120)}…` : raw };
  });
}

function bodyFor(op: FuzzOperation, doc: OpenApiDocument, hints: Hints): fc.Arbitrary<Body | undefined> {
  const content = op.operation.requestBody?.content ?? {};
  if (content["multipart/form-data"]) return fc.oneof(multipartBody(), mutatedBody({ import: "not a file" }));
  const schema: JsonSchema | undefined = content["application/json"]?.schema;
  if (!schema) {
    // Undocumented body: GET and DELETE send none; others still get junk, which must be answered in shape.
    if (op.method === "get" || op.method === "delete") return fc.constant(undefined);
    return mutatedBody({ anything: ["goes", 1] });
  }
  return valueFor(schema, doc, hints).chain((valid) =>
    fc.oneof({ weight: 1, arbitrary: fc.constant(json(valid, "valid")) }, { weight: 4, arbitrary: mutatedBody(valid) }),
  );
}

export function caseFor(op: FuzzOperation, doc: OpenApiDocument, hints: Hints): fc.Arbitrary<FuzzCase> {
  const parameters = op.operation.parameters ?? [];
  const segments = (op.path.match(/\{(\w+)\}/g) ?? []).map((braced) => {
    const name = braced.slice(1, -1);
    return pathSegment(
      parameters.find((p) => p.in === "path" && p.name === name) ?? { name, in: "path", schema: { type: "string" } },
      doc,
      hints,
    );
  });
  const credentials = fc.constantFrom<Credentials>(
    "admin",
    "admin",
    "admin",
    "admin",
    "admin",
    "admin",
    "viewer",
    "none",
    "bad",
    "wrong-tenant",
  );
  return fc
    .tuple(
      fc.tuple(...segments),
      queryString(
        parameters.filter((p) => p.in === "query"),
        doc,
        hints,
      ),
      bodyFor(op, doc, hints),
      credentials,
    )
    .map(([ids, query, body, who]) => {
      let i = 0;
      const path = op.path.replace(/\{\w+\}/g, () => ids[i++].raw);
      const headers: Record<string, string> = {};
      if (body?.contentType) headers["content-type"] = body.contentType;
      const label = [
        `${op.method.toUpperCase()} ${op.path}`,
        ...ids.map((id) => id.label),
        query.label && `query ${query.label}`,
        body && `body ${body.label}`,
        who !== "admin" && `as ${who}`,
      ]
        .filter(Boolean)
        .join(" · ");
      return { method: op.method.toUpperCase(), url: `${path}${query.raw}`, credentials: who, headers, body: body?.text, label };
    });
}
