// GET /api/openapi.json serves the OpenAPI 3.1 document (public, no token: it describes, it does not expose data).
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
