// A streaming multipart/form-data reader for CSV uploads: parts are handed to the caller chunk by chunk
// as the request body arrives, so a 100 MB file is never held in memory (request.formData() buffers the
// whole body). Only what uploads need: Content-Disposition name/filename and Content-Type per part.
import { AppError } from "@/lib/errors";

export type PartInfo = { name: string; filename?: string; contentType?: string };
/** Receives a part's bytes in order; awaited, so a slow consumer slows the reading down. */
export type PartSink = { write(chunk: Uint8Array): void | Promise<void>; end?(): void | Promise<void> };

const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

/** The boundary of a multipart/form-data Content-Type; 415 for any other type. */
export function multipartBoundary(contentType: string | null): string {
  const type = (contentType ?? "").trim();
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new AppError(
      "unsupported_media_type",
      `Send the file as multipart/form-data with a part named "import" (got ${type || "no Content-Type"})`,
    );
  }
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(type);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary)
    throw AppError.validation(
      [{ message: "The multipart Content-Type has no boundary", code: "invalid_multipart" }],
      "Malformed multipart body",
    );
  return boundary;
}

function malformed(message: string): AppError {
  return AppError.validation([{ message, code: "invalid_multipart" }], "Malformed multipart body");
}

export function parsePartHeaders(block: string): PartInfo {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get("content-disposition") ?? "";
  if (!/^form-data\b/i.test(disposition)) throw malformed("A part has no `Content-Disposition: form-data` header");
  const param = (key: string) => {
    const m = new RegExp(`;\\s*${key}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, "i").exec(disposition);
    return m ? (m[1] ?? m[2] ?? "").replace(/\\(.)/g, "$1").trim() : undefined;
  };
  const name = param("name");
  if (name === undefined) throw malformed("A part has no name");
  return { name, filename: param("filename"), contentType: headers.get("content-type") };
}

/**
 * Reads `body` to the end, calling `onPart` for each part; the returned sink (if any) receives the
 * part's bytes. Parts without a sink are skipped without being kept.
 */
export async function readMultipart(
  body: ReadableStream<Uint8Array> | null,
  boundary: string,
  onPart: (part: PartInfo) => PartSink | undefined,
): Promise<void> {
  if (!body) throw malformed("The request has no body");
  // With a CRLF in front, the first boundary looks like every other one: CRLF "--" boundary.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const keep = delimiter.length + 1;
  let buf: Buffer = Buffer.from(CRLF);
  type State = "preamble" | "after-delimiter" | "headers" | "body" | "done";
  let state = "preamble" as State;
  // A function, so TypeScript does not narrow `state` across the loop bodies that change it.
  const finished = () => state === "done";
  let sink: PartSink | undefined;
  const reader = body.getReader();
  let ended = false;

  try {
    while (!finished()) {
      let progressed = true;
      while (progressed && !finished()) {
        progressed = false;
        if (state === "preamble") {
          const at = buf.indexOf(delimiter);
          if (at === -1) {
            if (buf.length > keep) buf = buf.subarray(buf.length - keep);
          } else {
            buf = buf.subarray(at + delimiter.length);
            state = "after-delimiter";
            progressed = true;
          }
        } else if (state === "after-delimiter") {
          let i = 0;
          while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09)) i++;
          if (buf.length - i >= 2) {
            if (buf[i] === 0x2d && buf[i + 1] === 0x2d) state = "done";
            else if (buf[i] === 0x0d && buf[i + 1] === 0x0a) {
              buf = buf.subarray(i + 2);
              state = "headers";
              progressed = true;
            } else throw malformed("Unexpected bytes after a multipart boundary");
          }
        } else if (state === "headers") {
          const at = buf.indexOf(HEADER_END);
          if (at === -1) {
            if (buf.length > MAX_HEADER_BYTES) throw malformed(`A part's headers are longer than ${MAX_HEADER_BYTES} bytes`);
          } else {
            if (at > MAX_HEADER_BYTES) throw malformed(`A part's headers are longer than ${MAX_HEADER_BYTES} bytes`);
            sink = onPart(parsePartHeaders(buf.toString("utf8", 0, at)));
            buf = buf.subarray(at + HEADER_END.length);
            state = "body";
            progressed = true;
          }
        } else if (state === "body") {
          const at = buf.indexOf(delimiter);
          const safe = at === -1 ? buf.length - keep : at;
          if (safe > 0 && sink) await sink.write(buf.subarray(0, safe));
          if (at === -1) {
            if (safe > 0) buf = buf.subarray(safe);
          } else {
            await sink?.end?.();
            sink = undefined;
            buf = buf.subarray(at + delimiter.length);
            state = "after-delimiter";
            progressed = true;
          }
        }
      }
      if (finished()) break;
      if (ended) throw malformed("The multipart body ended before its closing boundary");
      const { done, value } = await reader.read();
      if (done) ended = true;
      else buf = buf.length === 0 ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : Buffer.concat([buf, value]);
    }
  } finally {
    // The epilogue (or the rest of a body we refused) is not needed.
    await reader.cancel().catch(() => undefined);
  }
}
