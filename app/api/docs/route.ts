// GET /api/docs: the API reference (Swagger UI over /api/openapi.json, self-hosted, with try-it-out).
import { docsPageHtml } from "@/lib/openapi/swagger-ui";
import { otherMethods } from "@/lib/http/method-not-allowed";

export function GET() {
  return new Response(docsPageHtml(), { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
