// OpenAPI registration of the coupon-code routes (contract §1.4, §3).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { AddCodesInput, CodeUpdateInput } from "@/lib/codes/schemas";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";

export function registerCodeRoutes(registry: OpenAPIRegistry): void {
  const base = "/api/v1/coupons/{id}/codes";
  registerSimpleRoutes(registry, "Coupon codes", [
    { method: "post", path: base, summary: "Add codes to a coupon (all or nothing)", body: AddCodesInput, answers: "{ links, codes }", status: 201 },
    { method: "get", path: base, summary: "List a coupon's codes (filters code prefix, active, redeemed)", answers: "{ items, pagination, links }" },
    { method: "put", path: `${base}/{codeId}`, summary: "Activate or deactivate one code (only `active` is writable)", body: CodeUpdateInput, answers: "{ code }" },
    { method: "post", path: `${base}/generate`, summary: "Generate codes from a pattern, as a job", answers: "{ codesImport }", status: 202 },
    { method: "get", path: `${base}/export.csv`, summary: "Export the codes as CSV (streamed, formula-safe)", answers: "CSV", contentType: "text/csv" },
    { method: "post", path: `${base}/imports`, summary: "Upload a CSV of codes (multipart field `import`) as an import job", answers: "{ codesImport }", status: 202 },
    { method: "get", path: `${base}/imports`, summary: "List a coupon's imports", answers: "{ items, pagination, links }" },
    { method: "get", path: `${base}/imports/{importId}`, summary: "One import job with its progress", answers: "{ codesImport, links }" },
    { method: "get", path: `${base}/imports/{importId}/errors.csv`, summary: "The import's rejected rows (row, code, reason)", answers: "CSV", contentType: "text/csv" },
  ]);
}
