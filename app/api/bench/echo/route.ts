// POST /api/bench/echo (outside the public /api/v1): the floor that bench:checkout measures the checkout routes against. It reads
// the JSON body and answers it, touching no database and needing no token, so it is the cost of Next's
// request handling alone. Only on when the server was started with BENCH_ECHO_ROUTE=on (bench:checkout
// does); everywhere else it answers 404 with the error object, as an unknown route would.
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/read-json";

export async function POST(request: Request): Promise<Response> {
  const requestId = randomUUID();
  try {
    if (!env().BENCH_ECHO_ROUTE) throw AppError.notFound("Route");
    return NextResponse.json({ echo: await readJsonBody(request, env().MAX_JSON_BODY_BYTES) });
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
