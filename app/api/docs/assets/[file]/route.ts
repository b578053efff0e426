// GET /api/docs/assets/{file}: the Swagger UI files the docs page loads, from our own node_modules.
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { readDocsAsset } from "@/lib/openapi/swagger-ui";

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }) {
  const asset = await readDocsAsset((await context.params).file);
  if (!asset) return errorResponse(AppError.notFound("Docs asset"), randomUUID());
  return new Response(new Uint8Array(asset.body), {
    headers: { "Content-Type": asset.contentType, "Cache-Control": "public, max-age=86400" },
  });
}
