// The OpenAPI document is generated from the route schemas; this checks it is structurally sound and
// that every route file under app/api/v1 and app/api/v0 (and every method it exports) is documented.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { docsPageHtml, readDocsAsset } from "@/lib/openapi/swagger-ui";

const API_ROOTS = ["v1", "v0"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** app/api/v1/coupons/[id]/route.ts → "GET /api/v1/coupons/{id}" for each exported method. */
function operationsInCode(): string[] {
  return API_ROOTS.flatMap((version) => operationsUnder(version));
}

function operationsUnder(version: string): string[] {
  const root = path.resolve(`app/api/${version}`);
  return routeFiles(root).flatMap((file) => {
    const route = `/api/${version}/${path.relative(root, path.dirname(file)).split(path.sep).join("/")}`
      .replace(/\[(\w+)\]/g, "{$1}")
      .replace(/\/$/, "");
    const source = readFileSync(file, "utf8");
    return METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source)).map((m) => `${m} ${route}`);
  });
}

describe("OpenAPI document", () => {
  const doc = openApiDocument();

  it("validates against the OpenAPI 3.1 schema and every $ref resolves (swagger-parser)", async () => {
    // A deep copy: the parser dereferences in place.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it("is OpenAPI 3.1 with info and a bearer scheme", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect((doc.components?.securitySchemes as Record<string, { scheme?: string }>).bearerAuth.scheme).toBe("bearer");
  });

  it("gives every operation a summary, a tag and responses whose $refs resolve", () => {
    const schemas = doc.components?.schemas ?? {};
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(schemas, ref).toHaveProperty(ref.slice(22, -1));
    for (const [route, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(item as Record<string, { responses?: object; summary?: string; tags?: string[] }>)) {
        expect(Object.keys(op.responses ?? {}).length, `${method} ${route}`).toBeGreaterThan(0);
        expect(op.summary, `${method} ${route}`).toBeTruthy();
        expect(op.tags?.length, `${method} ${route}`).toBeGreaterThan(0);
      }
      for (const param of route.match(/\{(\w+)\}/g) ?? []) {
        const documented = Object.values(item as Record<string, { parameters?: { name: string; in: string }[] }>).every((op) =>
          op.parameters?.some((p) => p.in === "path" && `{${p.name}}` === param),
        );
        expect(documented, `${route} documents ${param}`).toBe(true);
      }
    }
  });

  it("lists exactly the operations the route files export", () => {
    const documented = Object.entries(doc.paths ?? {}).flatMap(([route, item]) =>
      Object.keys(item as object).map((m) => `${m.toUpperCase()} ${route}`),
    );
    expect(documented.sort()).toEqual(operationsInCode().sort());
  });

  it("documents every JSON answer with a typed schema (no untyped objects)", () => {
    type Schema = {
      $ref?: string;
      type?: string | string[];
      properties?: object;
      items?: Schema;
      anyOf?: Schema[];
      oneOf?: Schema[];
      allOf?: Schema[];
      additionalProperties?: unknown;
    };
    const schemas = (doc.components?.schemas ?? {}) as Record<string, Schema>;
    const resolve = (s: Schema): Schema => (s.$ref ? schemas[s.$ref.split("/").pop() as string] : s);
    const typed = (raw: Schema): boolean => {
      const s = resolve(raw);
      if (s.anyOf || s.oneOf || s.allOf) return [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].every(typed);
      if (s.type === "array") return s.items !== undefined && typed(s.items);
      if (s.type === "object")
        return (
          s.properties !== undefined &&
          Object.keys(s.properties).length > 0 &&
          s.additionalProperties !== true &&
          (typeof s.additionalProperties !== "object" || Object.keys(s.additionalProperties as object).length > 0)
        );
      return s.type !== undefined;
    };
    for (const [route, item] of Object.entries(doc.paths ?? {})) {
      for (const [method, op] of Object.entries(
        item as Record<string, { responses?: Record<string, { content?: Record<string, { schema: Schema }> }> }>,
      )) {
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          const schema = response.content?.["application/json"]?.schema;
          if (status.startsWith("2") && schema) expect(typed(schema), `${method} ${route} ${status}`).toBe(true);
        }
      }
    }
  });

  it("documents the Idempotency-Key header, and its 409 and 422 answers, on every POST (contract §9)", () => {
    const posts = Object.entries(doc.paths ?? {}).filter(([, item]) => (item as { post?: object }).post);
    expect(posts.length).toBeGreaterThan(10);
    for (const [route, item] of posts) {
      const post = (item as { post: { parameters?: { $ref?: string }[]; responses: Record<string, unknown> } }).post;
      expect(
        post.parameters?.map((p) => p.$ref),
        route,
      ).toContain("#/components/parameters/IdempotencyKey");
      expect(Object.keys(post.responses), route).toEqual(expect.arrayContaining(["409", "422"]));
    }
    expect((doc.components?.parameters as Record<string, { name: string; schema: { maxLength: number } }>).IdempotencyKey).toMatchObject({
      name: "Idempotency-Key",
      in: "header",
      schema: { minLength: 1, maxLength: 255 },
    });
  });

  it("serves the API reference page and its assets from this instance only (no CDN)", async () => {
    const html = docsPageHtml();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) expect(url).toMatch(/^\/api\/docs\/assets\//);
    expect(html).not.toMatch(/https?:\/\//);
    for (const url of urls) expect(await readDocsAsset(url.split("/").pop() as string), url).not.toBeNull();
    expect(await readDocsAsset("../package.json")).toBeNull();
    expect(await readDocsAsset("index.html")).toBeNull();
  });
});
