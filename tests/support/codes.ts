// Helpers for the codes suites: a coupon row made directly with Prisma (the coupon CRUD lives elsewhere),
// and multipart upload requests built the way browsers and HTTP clients send them.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";

export async function makeCoupon(
  tenantId: string,
  options: { singleUse?: boolean; name?: string; family?: "coupon" | "promotion"; archived?: boolean } = {},
): Promise<{ id: string; name: string }> {
  const name = options.name ?? `Coupon ${randomUUID().slice(0, 6)}`;
  const offer = await db().offer.create({
    data: {
      tenantId,
      family: options.family ?? "coupon",
      name,
      active: true,
      validFrom: "2026-01-01T00:00:00Z",
      startsAt: new Date("2026-01-01T00:00:00Z"),
      kind: "CartLevelPercentage",
      category: { kind: "CartLevelPercentage", discount: 10 },
      currencies: [{ code: "EUR" }],
      singleUse: options.singleUse ?? false,
      stores: [],
      consumers: [],
      channels: [],
      version: "1",
      createdBy: "tests",
      updatedBy: "tests",
      archivedAt: options.archived ? new Date() : null,
    },
  });
  return { id: offer.id, name };
}

export const TEST_BOUNDARY = "----couponsmith-test-boundary-4f1c";

export function multipartBody(content: string | Uint8Array, options: { fileName?: string; field?: string } = {}): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${TEST_BOUNDARY}\r\nContent-Disposition: form-data; name="${options.field ?? "import"}"; filename="${options.fileName ?? "codes.csv"}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${TEST_BOUNDARY}--\r\n`),
  ]);
}

/** A Request carrying the file as a stream in pieces, like a network upload. */
export function uploadRequest(
  content: string | Uint8Array,
  options: { fileName?: string; field?: string; contentType?: string; pieceSize?: number } = {},
): Request {
  const body = multipartBody(content, options);
  const pieceSize = options.pieceSize ?? 64 * 1024;
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= body.length) return controller.close();
      controller.enqueue(new Uint8Array(body.subarray(at, at + pieceSize)));
      at += pieceSize;
    },
  });
  return new Request("http://localhost/upload", {
    method: "POST",
    headers: { "content-type": options.contentType ?? `multipart/form-data; boundary=${TEST_BOUNDARY}` },
    body: stream,
    duplex: "half",
  } as RequestInit);
}

export async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
