// The OpenAPI document is generated from the route schemas; this checks it is structurally sound and
// that every route file under app/api/v1 (and every method it exports) is documented.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { renderDocsHtml } from "@/lib/openapi/render-docs";

const API_ROOT = path.resolve("app/api/v1");
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
  return routeFiles(API_ROOT).flatMap((file) => {
    const route = `/api/v1/${path.relative(API_ROOT, path.dirname(file)).split(path.sep).join("/")}`.replace(/\[(\w+)\]/g, "{$1}").replace(/\/$/, "");
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
        const documented = Object.values(item as Record<string, { parameters?: { name: string; in: string }[] }>).every((op) => op.parameters?.some((p) => p.in === "path" && `{${p.name}}` === param));
        expect(documented, `${route} documents ${param}`).toBe(true);
      }
    }
  });

  it("lists exactly the operations the route files export", () => {
    const documented = Object.entries(doc.paths ?? {}).flatMap(([route, item]) => Object.keys(item as object).map((m) => `${m.toUpperCase()} ${route}`));
    expect(documented.sort()).toEqual(operationsInCode().sort());
  });

  it("renders a readable HTML page with every operation", () => {
    const html = renderDocsHtml(doc);
    expect(html).toContain("<!doctype html>");
    expect(html).not.toMatch(/<script|https?:\/\/(?!127)/);
    expect(html).toContain("/api/v1/promotions/exclusions");
    expect(html.match(/class="op"/g)?.length).toBe(operationsInCode().length);
  });
});
