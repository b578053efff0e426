// fast-check arbitraries derived from the OpenAPI document's JSON Schemas: values that follow the
// documented shape (types, enums, patterns, lengths, ranges, required fields), the starting point the
// mutations in cases.ts then break. Hints put real values (ids, codes, versions of the fuzz tenant's
// objects) into fields with those names, so some requests get past lookups into the deeper layers.
import fc from "fast-check";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export type Parameter = { name: string; in: "path" | "query" | "header"; required?: boolean; schema?: JsonSchema };
export type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };

/** Real values for fields of a given name (`version`, `id`, `codes`, …), mixed in with generated ones. */
export type Hints = Record<string, readonly unknown[]>;

const MAX_DEPTH = 8;
// Small collections keep each request cheap; the huge and deep cases come from the mutations.
const MAX_ITEMS = 4;
const MAX_FREE_STRING = 24;

export function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 20; hops++) {
    const name = current.$ref.replace("#/components/schemas/", "");
    current = doc.components?.schemas?.[name] ?? {};
  }
  return current;
}

export function valueFor(
  schema: JsonSchema | undefined,
  doc: OpenApiDocument,
  hints: Hints,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > MAX_DEPTH) return fc.constant(null);
  const s = resolve(schema, doc);
  const generated = shaped(s, doc, hints, depth);
  const hinted = name ? hints[name] : undefined;
  return hinted?.length ? fc.oneof(fc.constantFrom(...hinted), generated) : generated;
}

function shaped(s: JsonSchema, doc: OpenApiDocument, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const variants = s.oneOf ?? s.anyOf;
  if (variants?.length) return fc.oneof(...variants.map((v) => valueFor(v, doc, hints, undefined, depth + 1)));
  if (s.allOf?.length) return valueFor(s.allOf[0], doc, hints, undefined, depth + 1);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ["object"] : ["string"];
  const real = types.filter((t) => t !== "null");
  const arbitraries = real.map((type) => ofType(type, s, doc, hints, depth));
  if (types.includes("null")) arbitraries.push(fc.constant(null));
  return arbitraries.length === 1 ? arbitraries[0] : fc.oneof(...arbitraries);
}

function ofType(type: string, s: JsonSchema, doc: OpenApiDocument, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case "string":
      return stringFor(s);
    case "integer": {
      const min = Math.ceil(s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1_000_000));
      const max = Math.floor(s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 1_000_000));
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(Math.max(min, max), Number.MAX_SAFE_INTEGER) });
    }
    case "number": {
      const min = s.exclusiveMinimum ?? s.minimum ?? -1_000_000;
      const max = Math.max(min, s.exclusiveMaximum ?? s.maximum ?? 1_000_000);
      // Mostly money-like values (two decimals), sometimes any double in range.
      const cents = fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((c) => c / 100);
      const any = fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
      return fc
        .oneof(cents, any)
        .filter(
          (n) =>
            (s.exclusiveMinimum === undefined || n > s.exclusiveMinimum) && (s.exclusiveMaximum === undefined || n < s.exclusiveMaximum),
        );
    }
    case "boolean":
      return fc.boolean();
    case "array": {
      const minLength = s.minItems ?? 0;
      return fc.array(valueFor(s.items, doc, hints, undefined, depth + 1), {
        minLength,
        maxLength: Math.max(minLength, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS)),
      });
    }
    case "object":
      return objectFor(s, doc, hints, depth);
    default:
      return fc.constant(null);
  }
}

function stringFor(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, s.maxLength ?? MAX_FREE_STRING);
  const fits = (value: string) => value.length >= minLength && value.length <= maxLength;
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter(fits);
    } catch {
      // A pattern fast-check cannot invert: fall through to free text.
    }
  }
  return fc.string({ unit: "grapheme", minLength, maxLength: Math.min(maxLength, MAX_FREE_STRING) }).filter(fits);
}

function objectFor(s: JsonSchema, doc: OpenApiDocument, hints: Hints, depth: number): fc.Arbitrary<unknown> {
  const properties = s.properties ?? {};
  const keys = Object.keys(properties);
  if (keys.length === 0 && s.additionalProperties && typeof s.additionalProperties === "object") {
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), valueFor(s.additionalProperties, doc, hints, undefined, depth + 1), {
      maxKeys: MAX_ITEMS,
    });
  }
  const record = Object.fromEntries(keys.map((key) => [key, valueFor(properties[key], doc, hints, key, depth + 1)]));
  return fc.record(record, { requiredKeys: (s.required ?? []).filter((key) => key in record) });
}
