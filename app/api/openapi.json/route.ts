// GET /api/openapi.json serves the OpenAPI 3.1 document (public, no token: it describes, it does not expose data).
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";
import { otherMethods } from "@/lib/http/method-not-allowed";

export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
