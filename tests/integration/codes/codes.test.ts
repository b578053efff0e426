// Codes of a coupon on a real database: add (all or nothing), list filters, activate/deactivate, export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCodes } from "@/lib/codes/add-codes";
import { closeBulkWriter } from "@/lib/codes/bulk-writer";
import { listCodes } from "@/lib/codes/list-codes";
import { CodeListQuery } from "@/lib/codes/schemas";
import { setCodesActive, updateCode } from "@/lib/codes/set-codes-active";
import { streamCodesCsv } from "@/lib/codes/stream-csv";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { makeCoupon, readStream } from "@/tests/support/codes";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

let tenant: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  [tenant, other] = await Promise.all([makeTenant(), makeTenant()]);
});
afterAll(closeBulkWriter);

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const list = (couponId: string, query: Record<string, string> = {}) => listCodes(tenant.tenantId, couponId, CodeListQuery.parse(query));

describe("adding codes", () => {
  it("adds codes, case-sensitively distinct, with per-code caps for single-use coupons", async () => {
    const coupon = await makeCoupon(tenant.tenantId, { singleUse: true });
    const codes = await addCodes(tenant.actors.marketer, coupon.id, { codes: ["SPRING-1", "spring-1", "A%_@&!"] });
    expect(codes.map((c) => [c.name, c.redemptions, c.active])).toEqual([
      ["SPRING-1", 0, true],
      ["spring-1", 0, true],
      ["A%_@&!", 0, true],
    ]);
    const rows = await db().couponCode.findMany({ where: { tenantId: tenant.tenantId, offerId: coupon.id } });
    expect(rows.every((r) => r.maxRedemptions === 1)).toBe(true);
    const audit = await db().auditEvent.count({
      where: { tenantId: tenant.tenantId, objectType: "coupon_code", action: "create", objectId: { in: codes.map((c) => c.id) } },
    });
    expect(audit).toBe(3);
  });

  it("names every bad, repeated and existing code and adds nothing", async () => {
    const coupon = await makeCoupon(tenant.tenantId);
    const elsewhere = await makeCoupon(tenant.tenantId);
    await addCodes(tenant.actors.marketer, elsewhere.id, { codes: ["TAKEN"] });
    const bad = await failure(addCodes(tenant.actors.marketer, coupon.id, { codes: ["OK1", "BAD CODE", "", "X".repeat(65), "OK1"] }));
    expect(bad.status).toBe(400);
    expect(bad.causes.map((c) => [c.field, c.code])).toEqual([
      ["codes[1]", "invalid_characters"],
      ["codes[2]", "empty"],
      ["codes[3]", "too_long"],
      ["codes[4]", "duplicate_in_request"],
    ]);
    const taken = await failure(addCodes(tenant.actors.marketer, coupon.id, { codes: ["NEW1", "TAKEN"] }));
    expect(taken.causes).toEqual([expect.objectContaining({ field: "codes[1]", code: "already_exists" })]);
    expect(await db().couponCode.count({ where: { offerId: coupon.id } })).toBe(0);
  });

  it("lets another tenant use the same code, and hides each tenant's coupons from the other (404)", async () => {
    const mine = await makeCoupon(tenant.tenantId);
    const theirs = await makeCoupon(other.tenantId);
    await addCodes(tenant.actors.marketer, mine.id, { codes: ["SHARED-CODE"] });
    await addCodes(other.actors.marketer, theirs.id, { codes: ["SHARED-CODE"] });
    expect((await failure(addCodes(tenant.actors.marketer, theirs.id, { codes: ["X1"] }))).status).toBe(404);
    expect((await failure(list(theirs.id))).status).toBe(404);
  });

  it("answers 404 for promotions and archived coupons", async () => {
    const promotion = await makeCoupon(tenant.tenantId, { family: "promotion" });
    const archived = await makeCoupon(tenant.tenantId, { archived: true });
    expect((await failure(addCodes(tenant.actors.marketer, promotion.id, { codes: ["P1"] }))).code).toBe("not_found");
    expect((await failure(addCodes(tenant.actors.marketer, archived.id, { codes: ["P1"] }))).code).toBe("not_found");
  });
});

describe("listing codes", () => {
  let couponId: string;
  beforeAll(async () => {
    couponId = (await makeCoupon(tenant.tenantId)).id;
    await addCodes(tenant.actors.marketer, couponId, { codes: ["ABC-1", "ABC-2", "abc-3", "AB%X", "AB_Y", "ABZZ", "XYZ"] });
    await db().couponCode.updateMany({ where: { offerId: couponId, code: "ABC-2" }, data: { redemptions: 2 } });
    await db().couponCode.updateMany({ where: { offerId: couponId, code: "XYZ" }, data: { active: false } });
  });

  it("pages in code order", async () => {
    const page1 = await list(couponId, { count: "3", page: "1" });
    const page3 = await list(couponId, { count: "3", page: "3" });
    expect(page1.total).toBe(7);
    expect(page1.items.map((c) => c.name)).toEqual(["AB%X", "ABC-1", "ABC-2"]);
    expect(page3.items.map((c) => c.name)).toEqual(["abc-3"]);
    expect((await list(couponId, { sort: "-name", count: "1" })).items[0].name).toBe("abc-3");
  });

  it("filters by a case-sensitive prefix where % and _ are plain characters", async () => {
    expect((await list(couponId, { code: "ABC" })).items.map((c) => c.name)).toEqual(["ABC-1", "ABC-2"]);
    expect((await list(couponId, { code: "abc" })).items.map((c) => c.name)).toEqual(["abc-3"]);
    expect((await list(couponId, { code: "AB%" })).items.map((c) => c.name)).toEqual(["AB%X"]);
    expect((await list(couponId, { code: "AB_" })).items.map((c) => c.name)).toEqual(["AB_Y"]);
  });

  it("filters by active and redeemed", async () => {
    expect((await list(couponId, { active: "false" })).items.map((c) => c.name)).toEqual(["XYZ"]);
    expect((await list(couponId, { redeemed: "true" })).items.map((c) => [c.name, c.redemptions])).toEqual([["ABC-2", 2]]);
    expect((await list(couponId, { redeemed: "false", active: "true" })).total).toBe(5);
  });

  it("refuses filters it cannot apply", () => {
    expect(CodeListQuery.safeParse({ code: "A B" }).success).toBe(false);
    expect(CodeListQuery.safeParse({ active: "yes" }).success).toBe(false);
    expect(CodeListQuery.safeParse({ sort: "redemptions" }).success).toBe(false);
  });

  it("exports every matching code with formula escaping, code first", async () => {
    await addCodes(tenant.actors.marketer, couponId, { codes: ["-MINUS", "@AT"] });
    const csv = await readStream(streamCodesCsv(tenant.tenantId, couponId, {}));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("code,active,redemptions,createdAt");
    expect(
      lines
        .map((l) => l.split(",")[0])
        .slice(1)
        .sort(),
    ).toEqual(["'-MINUS", "'@AT", "AB%X", "ABC-1", "ABC-2", "ABZZ", "AB_Y", "XYZ", "abc-3"].sort());
    expect(lines.find((l) => l.startsWith("ABC-2,"))).toMatch(/^ABC-2,true,2,\d{4}-/);
    const filtered = await readStream(streamCodesCsv(tenant.tenantId, couponId, { active: false }));
    expect(
      filtered
        .trim()
        .split("\r\n")
        .slice(1)
        .map((l) => l.split(",")[0]),
    ).toEqual(["XYZ"]);
  });
});

describe("activating and deactivating", () => {
  it("changes only the codes asked for, once, with an audit event each", async () => {
    const coupon = await makeCoupon(tenant.tenantId);
    const codes = await addCodes(tenant.actors.marketer, coupon.id, { codes: ["ON1", "ON2", "ON3"] });
    expect(await setCodesActive(tenant.actors.marketer, coupon.id, [codes[0].id, codes[1].id], false)).toEqual({ changed: 2 });
    expect(await setCodesActive(tenant.actors.marketer, coupon.id, [codes[0].id, codes[1].id], false)).toEqual({ changed: 0 });
    expect((await list(coupon.id, { active: "false" })).items.map((c) => c.name)).toEqual(["ON1", "ON2"]);
    const events = await db().auditEvent.findMany({
      where: { tenantId: tenant.tenantId, objectType: "coupon_code", action: "update", objectId: { in: codes.map((c) => c.id) } },
    });
    expect(events).toHaveLength(2);
    expect(events[0].changes).toEqual({ active: { from: true, to: false } });
  });

  it("ignores ids of other coupons and tenants", async () => {
    const coupon = await makeCoupon(tenant.tenantId);
    const foreign = await makeCoupon(other.tenantId);
    const [theirs] = await addCodes(other.actors.marketer, foreign.id, { codes: ["FOREIGN-1"] });
    expect(await setCodesActive(tenant.actors.marketer, coupon.id, [theirs.id], false)).toEqual({ changed: 0 });
    expect((await db().couponCode.findUniqueOrThrow({ where: { id: theirs.id } })).active).toBe(true);
  });

  it("PUT accepts the code as read with only active changed, and refuses changes to name or redemptions", async () => {
    const coupon = await makeCoupon(tenant.tenantId);
    const [code] = await addCodes(tenant.actors.marketer, coupon.id, { codes: ["PUT-ME"] });
    expect(await updateCode(tenant.actors.marketer, coupon.id, code.id, { ...code, active: false })).toEqual({ ...code, active: false });
    expect(await updateCode(tenant.actors.marketer, coupon.id, code.id, { active: true })).toEqual({ ...code, active: true });
    const renamed = await failure(
      updateCode(tenant.actors.marketer, coupon.id, code.id, { ...code, name: "OTHER", redemptions: 5, active: false }),
    );
    expect(renamed.status).toBe(400);
    expect(renamed.causes.map((c) => c.field)).toEqual(["name", "redemptions"]);
    expect((await db().couponCode.findUniqueOrThrow({ where: { id: code.id } })).active).toBe(true);
    expect((await failure(updateCode(tenant.actors.marketer, coupon.id, "nope", { active: true }))).status).toBe(404);
  });
});
