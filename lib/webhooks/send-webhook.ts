// One HTTP attempt of a delivery: POST the event's JSON, signed per Standard Webhooks with the
// specification's own package (webhook-id, webhook-timestamp, webhook-signature: v1,HMAC-SHA256), within
// the timeout. Redirects are not followed (a receiver that moved must be updated in Settings); any
// answer outside 2xx, a timeout or a connection error is a failed attempt.
import { Webhook } from "standardwebhooks";
import { env } from "@/lib/env";

export type SendResult = { ok: boolean; statusCode: number | null; durationMs: number; error: string | null };

/** Kept of a receiver's answer for the log: enough to see what it said, bounded. */
const RESPONSE_SNIPPET_BYTES = 500;

async function readSnippet(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < RESPONSE_SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, RESPONSE_SNIPPET_BYTES).toString("utf8").replace(/\s+/g, " ").trim();
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `No answer within ${timeoutMs / 1000} s (timed out)`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `Could not deliver: ${e?.message ?? String(error)}${cause ? ` (${cause})` : ""}`.slice(0, 500);
}

export function signedHeaders(secret: string, messageId: string, body: string, at: Date): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "Couponsmith-Webhooks/1.0",
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, at, body),
  };
}

export async function sendWebhook(input: {
  url: string;
  secret: string;
  messageId: string;
  body: string;
  timeoutMs?: number;
}): Promise<SendResult> {
  const timeoutMs = input.timeoutMs ?? env().WEBHOOK_TIMEOUT_MS;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const response = await fetch(input.url, {
      method: "POST",
      headers: signedHeaders(input.secret, input.messageId, input.body, new Date()),
      body: input.body,
      redirect: "manual",
      signal,
    });
    const snippet = await readSnippet(response).catch(() => "");
    const ok = response.status >= 200 && response.status < 300;
    const error = ok ? null : `HTTP ${response.status}${snippet ? `: ${snippet}` : ""}`.slice(0, 500);
    return { ok, statusCode: response.status, durationMs: elapsed(), error };
  } catch (error) {
    return { ok: false, statusCode: null, durationMs: elapsed(), error: describeFailure(error, timeoutMs) };
  }
}
