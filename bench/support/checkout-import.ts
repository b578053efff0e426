// bench:checkout's import phase: carts priced while a large code CSV is uploaded and imported, to show
// what the import job costs checkout.
import { readFileSync, writeFileSync } from "node:fs";
import { routes, type Seeded } from "@/bench/support/checkout-seed";
import { makeCodes } from "@/bench/support/codes";
import { openLoop } from "@/bench/support/load";

/** A multipart body with a CSV of `codes` codes (written to `csvPath` on the way: the caller removes it). */
export function writeImportCsv(csvPath: string, codes: number): Buffer {
  const boundary = "----couponsmith-bench-checkout";
  const csv = "code\r\n" + makeCodes(codes).join("\r\n") + "\r\n";
  writeFileSync(csvPath, csv);
  return Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="import"; filename="codes.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    readFileSync(csvPath),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

/** Carts at `cartRate`/s from the upload of the CSV until the import job has completed with all `codes`. */
export async function cartsDuringImport(
  baseUrl: string,
  s: Seeded,
  upload: Buffer,
  { codes, cartRate }: { codes: number; cartRate: number },
) {
  let done = false;
  const started = performance.now();
  const carts = openLoop(baseUrl, s.posToken, routes(s).cart, cartRate, () => done);
  const response = await fetch(`${baseUrl}/api/v1/coupons/${s.importCouponId}/codes/imports`, {
    method: "POST",
    headers: { authorization: `Bearer ${s.adminToken}`, "content-type": "multipart/form-data; boundary=----couponsmith-bench-checkout" },
    body: new Uint8Array(upload),
  });
  const queued = (await response.json()) as { codesImport?: { id: string } };
  if (response.status !== 202 || !queued.codesImport)
    throw new Error(`the import upload answered ${response.status}: ${JSON.stringify(queued)}`);
  let status = "queued";
  let job: Record<string, unknown> = {};
  while (status === "queued" || status === "processing") {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const answer = await fetch(`${baseUrl}/api/v1/coupons/${s.importCouponId}/codes/imports/${queued.codesImport.id}`, {
      headers: { authorization: `Bearer ${s.adminToken}` },
    });
    const body = (await answer.json()) as { codesImport?: Record<string, unknown> };
    job = body.codesImport ?? body;
    status = String(job.status);
  }
  done = true;
  const result = await carts;
  if (status !== "completed" || job.importedCount !== codes) throw new Error(`the import ended ${status}: ${JSON.stringify(job)}`);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
