import { beforeAll, describe, expect, it } from "vitest";
import { getCustomerOrThrow } from "@/lib/catalog/customers/get-customer-or-throw";
import { listCustomers } from "@/lib/catalog/customers/list-customers";
import { createCustomer, deleteCustomer, updateCustomer } from "@/lib/catalog/customers/save-customer";
import { CatalogListQuery, CustomerInput, CustomerUpdate } from "@/lib/catalog/schemas";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/zod-issues";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const query = (input: Record<string, unknown> = {}) => CatalogListQuery.parse(input);
const customer = (input: Record<string, unknown>) => parseOrThrow(CustomerInput, input);

function causes(input: unknown) {
  try {
    parseOrThrow(CustomerInput, input);
  } catch (error) {
    if (error instanceof AppError) return error.causes.map((c) => c.field);
    throw error;
  }
  return [];
}

describe("customers", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await makeTenant();
    await createCustomer(
      t.actors.marketer,
      customer({
        id: "C-1",
        name: "Ada Lovelace",
        email: "Ada@Example.test",
        segments: [{ key: "type", value: "gold member" }],
        rewardPoints: 120,
        lifetimePurchaseTotal: 1234.56,
      }),
    );
    await createCustomer(t.actors.marketer, customer({ id: "C-2", name: "Grace Hopper", rewardPoints: 5, lifetimePurchaseTotal: 0.1 }));
    await createCustomer(t.actors.marketer, customer({ id: "C-3", name: "Alan Turing", email: null, lifetimePurchaseTotal: 99 }));
  });

  it("stores the lifetime total in minor units and answers in major units", async () => {
    const row = await db().customer.findUniqueOrThrow({ where: { tenantId_id: { tenantId: t.tenantId, id: "C-1" } } });
    expect(row.lifetimePurchaseTotal).toBe(123456);
    expect(await getCustomerOrThrow(t.tenantId, "C-1")).toMatchObject({
      email: "ada@example.test",
      segments: [{ key: "type", value: "gold member" }],
      rewardPoints: 120,
      lifetimePurchaseTotal: 1234.56,
      currency: "EUR",
    });
    expect((await getCustomerOrThrow(t.tenantId, "C-2")).lifetimePurchaseTotal).toBe(0.1);
  });

  it("lists, searches id/name/email ignoring case, sorts and pages", async () => {
    expect((await listCustomers(t.tenantId, query())).items.map((c) => c.id)).toEqual(["C-1", "C-3", "C-2"]);
    expect((await listCustomers(t.tenantId, query({ sort: "-rewardPoints" }))).items.map((c) => c.id)).toEqual(["C-1", "C-2", "C-3"]);
    expect((await listCustomers(t.tenantId, query({ sort: "lifetimePurchaseTotal" }))).items.map((c) => c.id)).toEqual([
      "C-2",
      "C-3",
      "C-1",
    ]);
    expect((await listCustomers(t.tenantId, query({ q: "EXAMPLE" }))).items.map((c) => c.id)).toEqual(["C-1"]);
    expect((await listCustomers(t.tenantId, query({ q: "hopper" }))).items.map((c) => c.id)).toEqual(["C-2"]);
    expect(await listCustomers(t.tenantId, query({ count: 2, page: 2 }))).toMatchObject({ total: 3, items: [{ id: "C-2" }] });
  });

  it("validates points, totals, segments and email", () => {
    expect(causes({ id: "X", name: "X", rewardPoints: -1 })).toEqual(["rewardPoints"]);
    expect(causes({ id: "X", name: "X", rewardPoints: 1.5 })).toEqual(["rewardPoints"]);
    expect(causes({ id: "X", name: "X", lifetimePurchaseTotal: 10.005 })).toEqual(["lifetimePurchaseTotal"]);
    expect(causes({ id: "X", name: "X", lifetimePurchaseTotal: -3 })).toEqual(["lifetimePurchaseTotal"]);
    expect(causes({ id: "X", name: "X", segments: [{ key: "", value: "v" }] })).toEqual(["segments[0].key"]);
    expect(causes({ id: "X", name: "X", email: "not-an-email" })).toEqual(["email"]);
    expect(causes({ id: "bad id", name: "" })).toEqual(["id", "name"]);
  });

  it("updates and deletes with audit events", async () => {
    const updated = await updateCustomer(
      t.actors.admin,
      "C-3",
      parseOrThrow(CustomerUpdate, {
        version: "1",
        name: "Alan Turing",
        rewardPoints: 50,
        lifetimePurchaseTotal: 100.01,
        segments: [{ key: "tier", value: "silver" }],
      }),
    );
    expect(updated).toMatchObject({ rewardPoints: 50, lifetimePurchaseTotal: 100.01, segments: [{ key: "tier", value: "silver" }] });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { tenantId: t.tenantId, objectType: "customer", objectId: "C-3", action: "update" },
    });
    expect(event.changes).toEqual({
      rewardPoints: { from: 0, to: 50 },
      lifetimePurchaseTotal: { from: 99, to: 100.01 },
      segments: { from: [], to: [{ key: "tier", value: "silver" }] },
    });
    await deleteCustomer(t.actors.admin, "C-3");
    await expect(getCustomerOrThrow(t.tenantId, "C-3")).rejects.toMatchObject({ code: "not_found" });
    expect(
      await db().auditEvent.count({ where: { tenantId: t.tenantId, objectType: "customer", objectId: "C-3", action: "delete" } }),
    ).toBe(1);
  });

  it("answers not found for another tenant's customer", async () => {
    const other = await makeTenant();
    await expect(getCustomerOrThrow(other.tenantId, "C-1")).rejects.toMatchObject({ code: "not_found" });
    await expect(
      updateCustomer(other.actors.admin, "C-1", parseOrThrow(CustomerUpdate, { name: "Mine", version: "1" })),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteCustomer(other.actors.admin, "C-1")).rejects.toMatchObject({ code: "not_found" });
    await expect(createCustomer(t.actors.admin, customer({ id: "C-1", name: "Dup" }))).rejects.toMatchObject({ code: "conflict" });
  });
});
