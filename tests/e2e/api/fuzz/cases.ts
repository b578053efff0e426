// One fuzz case per call: an operation of the OpenAPI document turned into a concrete HTTP request,
// first generated from its schemas (path ids, query, body), then, most of the time, broken: wrong
// types, missing and extra fields, 1 MB strings, NUL, lone surrogates, right-to-left text, huge,
// negative and fractional numbers, deep nesting, duplicate keys, wrong content types, empty bodies,
// malformed percent-encoding, odd credentials.
import fc from "fast-check";
import { json, multipartBody, mutatedBody, type Body } from "./body-mutations";
import { HOSTILE_NUMBERS, HOSTILE_STRINGS, LONG_IN_URL, ONE_MB, RAW_SEGMENTS } from "./hostile-values";
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
