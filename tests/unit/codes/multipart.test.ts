import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { multipartBoundary, readMultipart, type PartInfo } from "@/lib/codes/multipart";

const BOUNDARY = "----formdata-test-7MA4YWxkTrZu0gW";

function body(parts: { headers: string; content: string | Uint8Array }[], { preamble = "", epilogue = "" } = {}): Uint8Array {
  const chunks: Buffer[] = [Buffer.from(preamble)];
  for (const part of parts) {
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n${part.headers}\r\n\r\n`), Buffer.from(part.content), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n${epilogue}`));
  return new Uint8Array(Buffer.concat(chunks));
}

function stream(data: Uint8Array, pieceSize: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) return controller.close();
      controller.enqueue(data.slice(at, at + pieceSize));
      at += pieceSize;
    },
  });
}

async function collect(data: Uint8Array, pieceSize: number) {
  const parts: (PartInfo & { content: string })[] = [];
  await readMultipart(stream(data, pieceSize), BOUNDARY, (info) => {
    const chunks: Buffer[] = [];
    const entry = { ...info, content: "" };
    parts.push(entry);
    return {
      write: (chunk) => void chunks.push(Buffer.from(chunk)),
      end: () => void (entry.content = Buffer.concat(chunks).toString("utf8")),
    };
  });
  return parts;
}

const fileHeaders = 'Content-Disposition: form-data; name="import"; filename="codes.csv"\r\nContent-Type: text/csv';

describe("multipart reader", () => {
  it("finds the boundary in the Content-Type, quoted or not", () => {
    expect(multipartBoundary(`multipart/form-data; boundary=${BOUNDARY}`)).toBe(BOUNDARY);
    expect(multipartBoundary(`multipart/form-data; charset=utf-8; boundary="a b"`)).toBe("a b");
  });

  it("answers 415 for other media types and 400 without a boundary", () => {
    expect(() => multipartBoundary("text/csv")).toThrow(expect.objectContaining({ code: "unsupported_media_type" }));
    expect(() => multipartBoundary(null)).toThrow(expect.objectContaining({ code: "unsupported_media_type" }));
    expect(() => multipartBoundary("multipart/form-data")).toThrow(expect.objectContaining({ code: "validation_failed" }));
  });

  it.each([1, 2, 3, 5, 13, 64, 4096])("streams parts intact whatever the piece size (%i bytes)", async (pieceSize) => {
    const csv = `code\r\nA1\r\n--not-a-boundary\r\n\r\n${"B".repeat(300)}\r\n`;
    const data = body(
      [
        { headers: 'Content-Disposition: form-data; name="note"', content: "hello" },
        { headers: fileHeaders, content: csv },
      ],
      { preamble: "ignored preamble\r\n", epilogue: "ignored" },
    );
    const parts = await collect(data, pieceSize);
    expect(parts).toEqual([
      { name: "note", filename: undefined, contentType: undefined, content: "hello" },
      { name: "import", filename: "codes.csv", contentType: "text/csv", content: csv },
    ]);
  });

  it("keeps binary content byte for byte", async () => {
    const binary = new Uint8Array(256).map((_, i) => i);
    const chunks: Buffer[] = [];
    await readMultipart(stream(body([{ headers: fileHeaders, content: binary }]), 7), BOUNDARY, () => ({
      write: (c) => void chunks.push(Buffer.from(c)),
    }));
    expect(new Uint8Array(Buffer.concat(chunks))).toEqual(binary);
  });

  it("handles an empty file part", async () => {
    expect(await collect(body([{ headers: fileHeaders, content: "" }]), 5)).toEqual([
      { name: "import", filename: "codes.csv", contentType: "text/csv", content: "" },
    ]);
  });

  it("rejects a body cut off before the closing boundary", async () => {
    const data = body([{ headers: fileHeaders, content: "A1\r\nB2" }]);
    const cut = data.subarray(0, data.length - 20);
    await expect(collect(cut, 8)).rejects.toBeInstanceOf(AppError);
  });

  it("rejects a part without a name and oversized part headers", async () => {
    const causeOf = async (data: Uint8Array) => {
      const error = await collect(data, 512).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).causes[0]?.message;
    };
    expect(await causeOf(body([{ headers: "Content-Disposition: form-data", content: "x" }]))).toMatch(/no name/);
    expect(
      await causeOf(body([{ headers: `Content-Disposition: form-data; name="a"\r\nX-Long: ${"y".repeat(20_000)}`, content: "x" }])),
    ).toMatch(/longer than/);
  });

  it("stops at the sink's error (e.g. the size limit) without reading on", async () => {
    const data = body([{ headers: fileHeaders, content: "A".repeat(10_000) }]);
    let seen = 0;
    await expect(
      readMultipart(stream(data, 100), BOUNDARY, () => ({
        write: (chunk) => {
          seen += chunk.byteLength;
          if (seen > 1000) throw new AppError("payload_too_large", "too big");
        },
      })),
    ).rejects.toThrow("too big");
    expect(seen).toBeLessThan(2000);
  });
});
