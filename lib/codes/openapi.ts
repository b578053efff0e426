// OpenAPI registration of the coupon-code routes (contract §1.4, §3).
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { PatternInput } from "@/lib/codes/pattern";
import { AddCodesInput, CodeListQuery, CodeUpdateInput, ImportListQuery } from "@/lib/codes/schemas";
import { CodeImportView, CodesAdded, CodeView, ImportLinks } from "@/lib/codes/view-schemas";
import { listEnvelope, named } from "@/lib/openapi/registry";
import { registerSimpleRoutes } from "@/lib/openapi/simple-routes";

export function registerCodeRoutes(registry: OpenAPIRegistry): void {
  const base = "/api/v1/coupons/{id}/codes";
  const code = named("Code", CodeView);
  const codesImport = named("CodesImport", CodeImportView);
  const importAnswer = z.object({ codesImport, links: ImportLinks });
  registerSimpleRoutes(registry, "Coupon codes", [
    {
      method: "post",
      path: base,
      summary: "Add codes to a coupon (all or nothing)",
      body: AddCodesInput,
      answers: "{ links, codes }",
      schema: CodesAdded,
      status: 201,
    },
    {
      method: "get",
      path: base,
      summary: "List a coupon's codes (filters code prefix, active, redeemed)",
      query: CodeListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(code),
    },
    {
      method: "put",
      path: `${base}/{codeId}`,
      summary: "Activate or deactivate one code (only `active` is writable)",
      body: CodeUpdateInput,
      answers: "{ code }",
      schema: z.object({ code }),
    },
    {
      method: "post",
      path: `${base}/generate`,
      summary: "Generate codes from a pattern, as a job",
      body: PatternInput,
      answers: "{ codesImport, links }",
      schema: importAnswer,
      status: 202,
    },
    {
      method: "get",
      path: `${base}/export.csv`,
      summary: "Export the codes as CSV (streamed, formula-safe)",
      answers: "CSV",
      contentType: "text/csv",
    },
    {
      method: "post",
      path: `${base}/imports`,
      summary: "Upload a CSV of codes (multipart field `import`) as an import job",
      answers: "{ codesImport, links }",
      schema: importAnswer,
      status: 202,
    },
    {
      method: "get",
      path: `${base}/imports`,
      summary: "List a coupon's imports",
      query: ImportListQuery,
      answers: "{ items, pagination, links }",
      schema: listEnvelope(codesImport),
    },
    {
      method: "get",
      path: `${base}/imports/{importId}`,
      summary: "One import job with its progress",
      answers: "{ codesImport, links }",
      schema: importAnswer,
    },
    {
      method: "get",
      path: `${base}/imports/{importId}/errors.csv`,
      summary: "The import's rejected rows (row, code, reason)",
      answers: "CSV",
      contentType: "text/csv",
    },
  ]);
}
