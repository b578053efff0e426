// The codes API over real HTTP (contract §1.4, §3): add/list/update codes, CSV imports as jobs run by the
// server's own worker, error report and export as escaped CSV, and the limits (413, 415, 400, 403, 404).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { env } from "@/lib/env";
import { makeCoupon, multipartBody, TEST_BOUNDARY } from "@/tests/support/codes";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const codesUrl = (couponId: string) => `/api/v1/coupons/${couponId}/codes`;

async function uploadCsv(request: APIRequestContext, token: string, couponId: string, csv: string | Buffer) {
  return request.post(`${codesUrl(couponId)}/imports`, {
    headers: { ...auth(token), "Content-Type": `multipart/form-data; boundary=${TEST_BOUNDARY}` },
    data: multipartBody(csv),
  });
}

async function waitForJob(request: APIRequestContext, token: string, couponId: string, importId: string) {
  let job: Record<string, unknown> = {};
  await expect
    .poll(
      async () => {
        job = (await (await request.get(`${codesUrl(couponId)}/imports/${importId}`, { headers: auth(token) })).json()).codesImport;
        return job.status;
      },
      { timeout: 45_000, intervals: [250, 500, 1000] },
    )
    .toMatch(/completed|failed/);
  return job;
}

let t: TestTenant;
test.beforeAll(async () => {
  t = await makeTenant();
});

test("POST codes answers 201 with links and the codes; GET pages and filters them", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId);
  const created = await request.post(codesUrl(coupon.id), {
    headers: auth(t.tokens.marketer),
    data: { codes: ["API-A1", "API-A2", "api-b1", "-DASH"] },
  });
  expect(created.status()).toBe(201);
  expect(created.headers().location).toBe(codesUrl(coupon.id));
  const body = await created.json();
  expect(body.links).toEqual(expect.arrayContaining([{ rel: "self", href: codesUrl(coupon.id) }]));
  expect(body.codes.map((c: { name: string }) => c.name)).toEqual(["API-A1", "API-A2", "api-b1", "-DASH"]);
  expect(body.codes[0]).toEqual({ id: expect.any(String), name: "API-A1", redemptions: 0, active: true });

  const page = await (await request.get(`${codesUrl(coupon.id)}?count=2&page=1`, { headers: auth(t.tokens.viewer) })).json();
  expect(page.pagination).toMatchObject({ page: 1, count: 2, total: 4 });
  expect(page.links.next).toContain("page=2");
  const prefixed = await (await request.get(`${codesUrl(coupon.id)}?code=API-`, { headers: auth(t.tokens.viewer) })).json();
  expect(prefixed.items.map((c: { name: string }) => c.name)).toEqual(["API-A1", "API-A2"]);
  const bad = await request.get(`${codesUrl(coupon.id)}?active=maybe`, { headers: auth(t.tokens.viewer) });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).causes[0].field).toBe("active");
});

test("POST codes is all or nothing and names each offending code", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId);
  await request.post(codesUrl(coupon.id), { headers: auth(t.tokens.marketer), data: { codes: ["EXISTS-1"] } });
  const response = await request.post(codesUrl(coupon.id), {
    headers: auth(t.tokens.marketer),
    data: { codes: ["FINE-1", "NOT OK", "FINE-1"] },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.causes.map((c: { field: string; code: string }) => [c.field, c.code])).toEqual([
    ["codes[1]", "invalid_characters"],
    ["codes[2]", "duplicate_in_request"],
  ]);
  const taken = await request.post(codesUrl(coupon.id), { headers: auth(t.tokens.marketer), data: { codes: ["FINE-2", "EXISTS-1"] } });
  expect((await taken.json()).causes).toEqual([expect.objectContaining({ field: "codes[1]", code: "already_exists" })]);
  const list = await (await request.get(codesUrl(coupon.id), { headers: auth(t.tokens.viewer) })).json();
  expect(list.pagination.total).toBe(1);
  expect((await request.post(codesUrl(coupon.id), { headers: auth(t.tokens.marketer), data: { codes: [] } })).status()).toBe(400);
  expect(
    (
      await request.post(codesUrl(coupon.id), {
        headers: auth(t.tokens.marketer),
        data: { codes: Array.from({ length: 1001 }, (_, i) => `M${i}`) },
      })
    ).status(),
  ).toBe(400);
});

test("PUT changes only active; name and redemptions are read-only", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId);
  const [code] = (await (await request.post(codesUrl(coupon.id), { headers: auth(t.tokens.marketer), data: { codes: ["PUT-1"] } })).json())
    .codes;
  const off = await request.put(`${codesUrl(coupon.id)}/${code.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...code, active: false },
  });
  expect(off.status()).toBe(200);
  expect((await off.json()).code).toEqual({ ...code, active: false });
  const rename = await request.put(`${codesUrl(coupon.id)}/${code.id}`, {
    headers: auth(t.tokens.marketer),
    data: { ...code, name: "PUT-2" },
  });
  expect(rename.status()).toBe(400);
  expect((await rename.json()).causes).toEqual([expect.objectContaining({ field: "name", code: "read_only" })]);
  expect(
    (
      await request.put(`${codesUrl(coupon.id)}/${code.id}`, { headers: auth(t.tokens.marketer), data: { active: true, extra: 1 } })
    ).status(),
  ).toBe(400);
  expect(
    (await request.put(`${codesUrl(coupon.id)}/${code.id}`, { headers: auth(t.tokens.viewer), data: { active: true } })).status(),
  ).toBe(403);
});

test("another tenant's coupon, code or import answers 404", async ({ request }) => {
  const other = await makeTenant();
  const theirs = await makeCoupon(other.tenantId);
  const [code] = (
    await (await request.post(codesUrl(theirs.id), { headers: auth(other.tokens.marketer), data: { codes: ["THEIRS-1"] } })).json()
  ).codes;
  const job = (await (await uploadCsv(request, other.tokens.marketer, theirs.id, "THEIRS-2\n")).json()).codesImport;
  for (const attempt of [
    request.get(codesUrl(theirs.id), { headers: auth(t.tokens.admin) }),
    request.post(codesUrl(theirs.id), { headers: auth(t.tokens.admin), data: { codes: ["X1"] } }),
    request.put(`${codesUrl(theirs.id)}/${code.id}`, { headers: auth(t.tokens.admin), data: { active: false } }),
    request.get(`${codesUrl(theirs.id)}/imports/${job.id}`, { headers: auth(t.tokens.admin) }),
    request.get(`${codesUrl(theirs.id)}/imports/${job.id}/errors.csv`, { headers: auth(t.tokens.admin) }),
    request.get(`${codesUrl(theirs.id)}/export.csv`, { headers: auth(t.tokens.admin) }),
    uploadCsv(request, t.tokens.admin, theirs.id, "MINE-1\n"),
  ]) {
    expect((await attempt).status()).toBe(404);
  }
});

test("a CSV import runs as a job: 202, progress to completed, error report as escaped CSV", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId, { singleUse: true });
  await request.post(codesUrl(coupon.id), { headers: auth(t.tokens.marketer), data: { codes: ["IMP-TAKEN"] } });
  const csv = "\uFEFFcode,note\r\nIMP-1,a\r\nIMP-2\r\n\r\nBAD CODE\r\nIMP-1\r\nIMP-TAKEN\r\n=HYPERLINK(1)\r\n";
  const response = await uploadCsv(request, t.tokens.marketer, coupon.id, csv);
  expect(response.status()).toBe(202);
  const { codesImport, links } = await response.json();
  expect(codesImport).toMatchObject({ couponId: coupon.id, kind: "csv", totalRows: 6, fileName: "codes.csv" });
  expect(["queued", "processing", "completed"]).toContain(codesImport.status);
  expect(response.headers().location).toBe(links.self);

  const done = await waitForJob(request, t.tokens.viewer, coupon.id, codesImport.id);
  expect(done).toMatchObject({ status: "completed", totalRows: 6, processedRows: 6, importedCount: 2, rejectedCount: 4 });
  const report = await request.get(links.errors, { headers: auth(t.tokens.viewer) });
  expect(report.headers()["content-type"]).toContain("text/csv");
  expect(await report.text()).toBe(
    "row,code,reason\r\n5,BAD CODE,invalid_characters\r\n6,IMP-1,duplicate_in_file\r\n7,IMP-TAKEN,already_exists\r\n8,'=HYPERLINK(1),invalid_characters\r\n",
  );

  const list = await (await request.get(`${codesUrl(coupon.id)}/imports`, { headers: auth(t.tokens.viewer) })).json();
  expect(list.items.map((i: { id: string }) => i.id)).toContain(codesImport.id);

  const again = (await (await uploadCsv(request, t.tokens.marketer, coupon.id, csv)).json()).codesImport;
  expect(await waitForJob(request, t.tokens.viewer, coupon.id, again.id)).toMatchObject({
    status: "completed",
    importedCount: 0,
    rejectedCount: 6,
  });
  expect((await (await request.get(codesUrl(coupon.id), { headers: auth(t.tokens.viewer) })).json()).pagination.total).toBe(3);
});

test("uploads: 415 when not multipart, 400 for binary/empty files or a missing part, 403 for viewers", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId);
  const url = `${codesUrl(coupon.id)}/imports`;
  const plain = await request.post(url, { headers: { ...auth(t.tokens.marketer), "Content-Type": "text/csv" }, data: "A1\n" });
  expect(plain.status()).toBe(415);
  expect((await plain.json()).code).toBe("unsupported_media_type");
  for (const [content, code] of [
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "binary"],
    ["", "empty_file"],
    ["code\n", "no_rows"],
  ] as const) {
    const response = await uploadCsv(request, t.tokens.marketer, coupon.id, content);
    expect(response.status(), code).toBe(400);
    expect((await response.json()).causes[0]).toMatchObject({ field: "import", code });
  }
  const noPart = await request.post(url, {
    headers: auth(t.tokens.marketer),
    multipart: { other: { name: "codes.csv", mimeType: "text/csv", buffer: Buffer.from("A1\n") } },
  });
  expect(noPart.status()).toBe(400);
  expect((await uploadCsv(request, t.tokens.viewer, coupon.id, "A1\n")).status()).toBe(403);
});

test("a file over the size limit answers 413 naming the limit", async ({ request }) => {
  test.setTimeout(120_000);
  const coupon = await makeCoupon(t.tenantId);
  const limit = env().IMPORT_MAX_FILE_BYTES;
  const line = "OVERSIZE-CODE-0000000001\n";
  const file = Buffer.alloc(limit + line.length, line);
  const response = await uploadCsv(request, t.tokens.marketer, coupon.id, file);
  expect(response.status()).toBe(413);
  const body = await response.json();
  expect(body.code).toBe("payload_too_large");
  expect(body.message).toContain(String(limit));
  const list = await (await request.get(`${codesUrl(coupon.id)}/imports`, { headers: auth(t.tokens.viewer) })).json();
  expect(list.pagination.total).toBe(0);
});

test("generation runs as a job and refuses impossible patterns", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId);
  const refused = await request.post(`${codesUrl(coupon.id)}/generate`, {
    headers: auth(t.tokens.marketer),
    data: { count: 60, pattern: "GEN-##", charset: "numbers" },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).causes[0]).toMatchObject({ field: "count", code: "too_big" });
  const started = await request.post(`${codesUrl(coupon.id)}/generate`, {
    headers: auth(t.tokens.marketer),
    data: { count: 300, pattern: "GEN-####", charset: "numbers", postfix: "!" },
  });
  expect(started.status()).toBe(202);
  const job = (await started.json()).codesImport;
  expect(await waitForJob(request, t.tokens.viewer, coupon.id, job.id)).toMatchObject({
    kind: "generate",
    status: "completed",
    importedCount: 300,
  });
  const list = await (await request.get(`${codesUrl(coupon.id)}?count=100`, { headers: auth(t.tokens.viewer) })).json();
  expect(list.pagination.total).toBe(300);
  for (const code of list.items) expect(code.name).toMatch(/^GEN-\d{4}!$/);
});

test("export.csv streams every code with formula escaping and honours filters", async ({ request }) => {
  const coupon = await makeCoupon(t.tenantId);
  await request.post(codesUrl(coupon.id), { headers: auth(t.tokens.marketer), data: { codes: ["EXP-1", "EXP-2", "-EXP", "@EXP"] } });
  const response = await request.get(`${codesUrl(coupon.id)}/export.csv`, { headers: auth(t.tokens.viewer) });
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toContain("attachment");
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines[0]).toBe("code,active,redemptions,createdAt");
  expect(
    lines
      .slice(1)
      .map((l) => l.split(",")[0])
      .sort(),
  ).toEqual(["'-EXP", "'@EXP", "EXP-1", "EXP-2"]);
  const filtered = await (await request.get(`${codesUrl(coupon.id)}/export.csv?code=EXP-`, { headers: auth(t.tokens.viewer) })).text();
  expect(
    filtered
      .trim()
      .split("\r\n")
      .slice(1)
      .map((l) => l.split(",")[0]),
  ).toEqual(["EXP-1", "EXP-2"]);
});
