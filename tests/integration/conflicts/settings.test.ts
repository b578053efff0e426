// GET/PUT /api/v1/conflicts/settings: the stacking threshold (default 50, 1–100), each refusal naming the
// field and the limit, writes for admins and marketers only, audited, and the analyzer follows it.
import { describe, expect, it } from "vitest";
import * as conflictsRoute from "@/app/api/v1/conflicts/route";
import * as settingsRoute from "@/app/api/v1/conflicts/settings/route";
import { db } from "@/lib/db/client";
import { makeOffer } from "@/tests/factories/offers";
import { makeTenant } from "@/tests/factories/tenant";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: unknown, token: string, url: string, init: RequestInit = {}) {
  const request = new Request(`http://localhost${url}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

const put = (token: string, body: unknown) =>
  call(settingsRoute.PUT, token, "/api/v1/conflicts/settings", { method: "PUT", body: JSON.stringify(body) });
const shirts = (discount: number) => ({ kind: "ProductLevelPercentage" as const, discount, products: { categories: ["shirts"] } });

describe("conflict settings", () => {
  it("answers the default 50 until saved, then the saved threshold, and the stacking finding follows it", async () => {
    const t = await makeTenant();
    await db().product.create({
      data: {
        tenantId: t.tenantId,
        id: "SHIRT",
        name: "Shirt",
        categories: ["shirts"],
        attributes: {},
        prices: [{ currency: "EUR", amount: 3000 }],
      },
    });
    await makeOffer(t.tenantId, { name: "Shirts 30", category: shirts(30) });
    await makeOffer(t.tenantId, { name: "Shirts 20", category: shirts(20) });
    const stacking = async () =>
      (await call(conflictsRoute.GET, t.tokens.viewer, "/api/v1/conflicts?kind=stacking")).body.items.map(
        (f: { id: string; sharePercent: number }) => [f.id, f.sharePercent],
      );

    expect((await call(settingsRoute.GET, t.tokens.viewer, "/api/v1/conflicts/settings")).body).toEqual({
      stackingThresholdPercent: 50,
      updatedAt: null,
      updatedBy: null,
    });
    // 30 % then 20 % of the rest: 44 % of the cart, below 50.
    expect(await stacking()).toEqual([]);

    const saved = await put(t.tokens.marketer, { stackingThresholdPercent: 40 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ stackingThresholdPercent: 40, updatedBy: expect.any(String) });
    expect((await call(settingsRoute.GET, t.tokens.viewer, "/api/v1/conflicts/settings")).body.stackingThresholdPercent).toBe(40);
    expect(await stacking()).toEqual([["stacking:EUR", 44]]);

    expect((await put(t.tokens.admin, { stackingThresholdPercent: 44 })).status).toBe(200);
    // Flagged above the threshold only: 44 % is not above 44.
    expect(await stacking()).toEqual([]);
    const audit = await db().auditEvent.findMany({
      where: { tenantId: t.tenantId, objectType: "conflict_settings" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["create", "update"]);
  });

  it.each([
    [{ stackingThresholdPercent: 0 }, "stackingThresholdPercent must be at least 1"],
    [{ stackingThresholdPercent: 101 }, "stackingThresholdPercent must be at most 100"],
    [{ stackingThresholdPercent: 12.5 }, "stackingThresholdPercent must be a whole number"],
    [{ stackingThresholdPercent: "50" }, "stackingThresholdPercent must be a whole number"],
    [{}, "stackingThresholdPercent must be a whole number"],
  ])("refuses %j with 400 naming the field and the limit", async (body, message) => {
    const t = await makeTenant();
    const answer = await put(t.tokens.admin, body);
    expect(answer.status).toBe(400);
    expect(answer.body.causes).toEqual([expect.objectContaining({ field: "stackingThresholdPercent", message })]);
  });

  it("lets viewers read but not write (403), and keeps tenants apart", async () => {
    const t = await makeTenant();
    expect((await put(t.tokens.viewer, { stackingThresholdPercent: 30 })).status).toBe(403);
    expect((await put(t.tokens.pos, { stackingThresholdPercent: 30 })).status).toBe(403);
    await put(t.tokens.admin, { stackingThresholdPercent: 30 });
    const other = await makeTenant();
    expect((await call(settingsRoute.GET, other.tokens.viewer, "/api/v1/conflicts/settings")).body.stackingThresholdPercent).toBe(50);
  });
});
