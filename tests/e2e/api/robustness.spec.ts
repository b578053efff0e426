// "Nothing a client sends may produce a 500": every route the OpenAPI document lists is called with
// hostile input (unknown and malformed ids, bodies that are not JSON, of the wrong shape or type,
// absurd numbers, junk query strings) by an admin token, so every request gets past authentication
// and reaches validation. Each answer must be a 2xx/4xx with the error envelope on 4xx.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { makeTenant } from "@/tests/factories/tenant";

type Operation = { method: string; path: string };

const ODD_IDS = ["does-not-exist", "0", "%00", "x".repeat(300), "..%2F..%2Fetc", "😀"];

const ODD_BODIES: { label: string; data: string; contentType: string }[] = [
  { label: "not JSON", data: "{not json", contentType: "application/json" },
  { label: "JSON null", data: "null", contentType: "application/json" },
  { label: "JSON array", data: "[1,2,3]", contentType: "application/json" },
  { label: "empty object", data: "{}", contentType: "application/json" },
  {
    label: "wrong types",
    data: JSON.stringify({
      name: 5,
      codes: "A",
      items: {},
      ids: [null],
      active: "yes",
      category: [],
      currency: 9,
      quantity: -1,
      price: "1e309",
      version: {},
    }),
    contentType: "application/json",
  },
  {
    label: "huge numbers",
    data: JSON.stringify({
      count: 1e308,
      discount: -1e308,
      saleTotal: 1e400,
      items: [{ productId: "A", quantity: 1e20, price: 1e20 }],
      currency: "EUR",
    }),
    contentType: "application/json",
  },
  { label: "deep nesting", data: `${"[".repeat(5000)}${"]".repeat(5000)}`, contentType: "application/json" },
  { label: "text body", data: "hello", contentType: "text/plain" },
  {
    label: "broken multipart",
    data: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
    contentType: "multipart/form-data; boundary=y",
  },
];

const ODD_QUERIES = [
  "?count=0&page=-1",
  "?count=abc&page=1e9",
  "?sort=;DROP TABLE x&status=Whatever&active=maybe",
  "?from=not-a-date&to=2026-13-45&changedSince=yesterday",
  "?name=%E0%A4%A",
];

async function operations(request: APIRequestContext): Promise<Operation[]> {
  const doc = await (await request.get("/api/openapi.json")).json();
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
    for (const method of Object.keys(item)) if (["get", "post", "put", "patch", "delete"].includes(method)) found.push({ method, path });
  }
  return found;
}

function withIds(path: string, id: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(id));
}

// Every documented operation × odd ids × odd queries or bodies is some thousands of sequential requests: in
// slices, so each stays well inside its timeout on a loaded machine and the slices run on parallel workers.
const SLICES = 4;

for (let slice = 0; slice < SLICES; slice++) {
  test(`no route answers 500 to hostile input, slice ${slice + 1} of ${SLICES}`, async ({ request }) => {
    test.setTimeout(240_000);
    const t = await makeTenant();
    const headers = { Authorization: `Bearer ${t.tokens.admin}`, "X-Forwarded-For": "192.0.2.77" };
    const all = await operations(request);
    expect(all.length).toBeGreaterThan(40);
    const ops = all.filter((_, index) => index % SLICES === slice);
    const failures: string[] = [];
    const check = async (
      label: string,
      call: () => Promise<{ status(): number; text(): Promise<string>; headers(): Record<string, string> }>,
    ) => {
      const response = await call();
      const status = response.status();
      if (status >= 500) failures.push(`${label} → ${status}: ${(await response.text()).slice(0, 200)}`);
      else if (status >= 400 && (response.headers()["content-type"] ?? "").includes("json")) {
        const body = JSON.parse(await response.text());
        if (typeof body.message !== "string" || !Array.isArray(body.causes))
          failures.push(`${label} → ${status} without the error envelope`);
      }
    };

    for (const op of ops) {
      const ids = op.path.includes("{") ? ODD_IDS : [""];
      for (const id of ids) {
        const url = withIds(op.path, id);
        if (op.method === "get" || op.method === "delete") {
          for (const query of op.method === "get" ? ODD_QUERIES : [""]) {
            await check(`${op.method.toUpperCase()} ${url}${query}`, () => request.fetch(`${url}${query}`, { method: op.method, headers }));
          }
        } else {
          for (const body of ODD_BODIES) {
            await check(`${op.method.toUpperCase()} ${url} (${body.label})`, () =>
              request.fetch(url, { method: op.method, headers: { ...headers, "content-type": body.contentType }, data: body.data }),
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
}
