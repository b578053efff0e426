// Reads the CSV of an import request (multipart/form-data, field `import`) with a size cap that holds
// even when the client sends no Content-Length: the body is counted while it streams.
import { AppError } from "@/lib/errors";
import { formatBytes } from "@/lib/http/format-bytes";

/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type ImportFile = { name: string; bytes: Uint8Array };

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The file is larger than the import limit of ${maxBytes} bytes (${formatBytes(maxBytes)})`, {
    details: { limitBytes: maxBytes },
  });
}

function limitStream(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let size = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) controller.error(tooLarge(maxBytes - MULTIPART_OVERHEAD_BYTES));
        else controller.enqueue(chunk);
      },
    }),
  );
}

export async function readImportFile(request: Request, maxBytes: number, field = "import"): Promise<ImportFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType.trim())) {
    throw new AppError(
      "unsupported_media_type",
      `Upload the file as multipart/form-data in the field "${field}" (got ${contentType || "no Content-Type"})`,
    );
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge(maxBytes);
  if (!request.body) throw AppError.field(field, `Attach the CSV file in the form field "${field}"`, "required");
  let form: FormData;
  try {
    // Re-wrapping the counted stream in a Response lets the platform's multipart parser do the rest.
    form = await new Response(limitStream(request.body, maxBytes + MULTIPART_OVERHEAD_BYTES), {
      headers: { "content-type": contentType },
    }).formData();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof AppError) throw cause;
    throw AppError.field(field, "The multipart body could not be read; send a form with the CSV file", "invalid_multipart");
  }
  const file = form.get(field);
  if (!file || typeof file === "string") throw AppError.field(field, `Attach the CSV file in the form field "${field}"`, "required");
  if (file.size > maxBytes) throw tooLarge(maxBytes);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** UTF-8 text of an uploaded file (a byte-order mark is dropped); other encodings are refused, not guessed. */
export function decodeUtf8(bytes: Uint8Array, field = "import"): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw AppError.field(field, "The file is not UTF-8 text; save it as CSV UTF-8 and upload it again", "invalid_encoding");
  }
}
