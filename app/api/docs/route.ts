// GET /api/docs renders the OpenAPI document as a readable HTML page (self-contained, no network).
import { openApiDocument } from "@/lib/openapi/document";
import { renderDocsHtml } from "@/lib/openapi/render-docs";
import { otherMethods } from "@/lib/http/method-not-allowed";

export function GET() {
  return new Response(renderDocsHtml(openApiDocument()), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
