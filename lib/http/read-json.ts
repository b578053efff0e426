// Reads a JSON body with a size cap, without trusting Content-Length alone (chunked bodies have none).
import { AppError } from "@/lib/errors";

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw new AppError("unsupported_media_type", `Send the body as application/json (got ${contentType || "no Content-Type"})`);
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readLimited(request, maxBytes);
  if (text.trim() === "")
    throw AppError.validation([{ message: "The request body is empty; send a JSON object", code: "invalid_json" }], "Malformed JSON");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw AppError.validation([{ message: `Malformed JSON: ${(error as Error).message}`, code: "invalid_json" }], "Malformed JSON");
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than the limit of ${maxBytes} bytes`, {
    details: { limitBytes: maxBytes },
  });
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}
