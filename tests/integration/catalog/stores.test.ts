import { beforeAll, describe, expect, it } from "vitest";
import { StoreInput, StoreListQuery } from "@/lib/catalog/schemas";
import { createStoreGroup } from "@/lib/catalog/store-groups/save-store-group";
import { getStoreOrThrow } from "@/lib/catalog/stores/get-store-or-throw";
import { listStores } from "@/lib/catalog/stores/list-stores";
import { createStore, deleteStore, updateStore } from "@/lib/catalog/stores/save-store";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/zod-issues";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const query = (input: Record<string, unknown> = {}) => StoreListQuery.parse(input);

describe("stores", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await makeTenant();
    await createStoreGroup(t.actors.admin, { id: "north", name: "North" });
    await createStore(t.actors.marketer, { id: "berlin", name: "Berlin Mitte", timeZone: "Europe/Berlin", storeGroupId: "north" });
    await createStore(t.actors.marketer, { id: "hamburg", name: "Hamburg", timeZone: null, storeGroupId: "north" });
    await createStore(t.actors.marketer, { id: "web", name: "Web shop" });
  });

  it("lists, searches (ignoring case), filters by group, sorts and pages", async () => {
    expect((await listStores(t.tenantId, query())).items.map((s) => s.id)).toEqual(["berlin", "hamburg", "web"]);
    expect((await listStores(t.tenantId, query({ q: "MITTE" }))).items.map((s) => s.id)).toEqual(["berlin"]);
    expect((await listStores(t.tenantId, query({ storeGroupId: "north", sort: "-name" }))).items.map((s) => s.id)).toEqual([
      "hamburg",
      "berlin",
    ]);
    const page2 = await listStores(t.tenantId, query({ count: 2, page: 2 }));
    expect(page2).toMatchObject({ total: 3, items: [{ id: "web", timeZone: null, storeGroupId: null }] });
  });

  it("validates the time zone and the group", async () => {
    expect(() => parseOrThrow(StoreInput, { id: "x", name: "X", timeZone: "Mars/Olympus" })).toThrow(AppError);
    await expect(createStore(t.actors.marketer, { id: "x", name: "X", storeGroupId: "nope" })).rejects.toMatchObject({
      code: "validation_failed",
      causes: [{ field: "storeGroupId" }],
    });
  });

  it("updates and deletes with audit events", async () => {
    const updated = await updateStore(t.actors.marketer, "web", {
      name: "Online",
      timeZone: "Europe/Paris",
      storeGroupId: "north",
      version: "1",
    });
    expect(updated).toMatchObject({ name: "Online", timeZone: "Europe/Paris", storeGroupId: "north", version: "2" });
    await deleteStore(t.actors.marketer, "web");
    await expect(getStoreOrThrow(t.tenantId, "web")).rejects.toMatchObject({ code: "not_found" });
    const actions = (
      await db().auditEvent.findMany({
        where: { tenantId: t.tenantId, objectType: "store", objectId: "web" },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.action);
    expect(actions).toEqual(["create", "update", "delete"]);
  });

  it("lets exactly one of concurrent saves from the same version through", async () => {
    await createStore(t.actors.admin, { id: "race", name: "Race" });
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => updateStore(t.actors.admin, "race", { name: `Writer ${i}`, version: "1" })),
    );
    const saved = results.filter((r) => r.status === "fulfilled");
    expect(saved).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual([
      "version_mismatch",
      "version_mismatch",
      "version_mismatch",
      "version_mismatch",
    ]);
    expect(await getStoreOrThrow(t.tenantId, "race")).toMatchObject({
      name: (saved[0] as PromiseFulfilledResult<{ name: string }>).value.name,
      version: "2",
    });
  });

  it("answers not found for another tenant's store", async () => {
    const other = await makeTenant();
    await expect(getStoreOrThrow(other.tenantId, "berlin")).rejects.toMatchObject({ code: "not_found" });
    await expect(updateStore(other.actors.admin, "berlin", { name: "Taken", version: "1" })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteStore(other.actors.admin, "berlin")).rejects.toMatchObject({ code: "not_found" });
    expect((await getStoreOrThrow(t.tenantId, "berlin")).name).toBe("Berlin Mitte");
  });
});
