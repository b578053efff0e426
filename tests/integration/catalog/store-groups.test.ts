import { beforeAll, describe, expect, it } from "vitest";
import { CatalogListQuery, StoreGroupInput } from "@/lib/catalog/schemas";
import { getStoreGroupOrThrow } from "@/lib/catalog/store-groups/get-store-group-or-throw";
import { listStoreGroups } from "@/lib/catalog/store-groups/list-store-groups";
import { createStoreGroup, deleteStoreGroup, updateStoreGroup } from "@/lib/catalog/store-groups/save-store-group";
import { createStore, deleteStore } from "@/lib/catalog/stores/save-store";
import { db } from "@/lib/db/client";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

const query = (input: Record<string, unknown> = {}) => CatalogListQuery.parse(input);

describe("store groups", () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await makeTenant();
    for (const [id, name] of [
      ["north", "North"],
      ["south", "South"],
      ["east", "East coast"],
      ["west", "West coast"],
      ["alpine", "Alpine"],
    ]) {
      await createStoreGroup(t.actors.marketer, StoreGroupInput.parse({ id, name }));
    }
    await createStore(t.actors.marketer, { id: "s1", name: "Store 1", storeGroupId: "north" });
    await createStore(t.actors.marketer, { id: "s2", name: "Store 2", storeGroupId: "north" });
    await createStore(t.actors.marketer, { id: "s3", name: "Store 3", storeGroupId: "south" });
  });

  it("lists groups sorted by name by default, with member counts and paging", async () => {
    const first = await listStoreGroups(t.tenantId, query({ count: 2 }));
    expect(first.total).toBe(5);
    expect(first.items.map((g) => g.id)).toEqual(["alpine", "east"]);
    const third = await listStoreGroups(t.tenantId, query({ count: 2, page: 3 }));
    expect(third.items.map((g) => g.id)).toEqual(["west"]);
    const all = await listStoreGroups(t.tenantId, query({ sort: "-id" }));
    expect(all.items.map((g) => g.id)).toEqual(["west", "south", "north", "east", "alpine"]);
    expect(Object.fromEntries(all.items.map((g) => [g.id, g.storeCount]))).toEqual({ west: 0, south: 1, north: 2, east: 0, alpine: 0 });
  });

  it("searches id and name, ignoring case", async () => {
    const found = await listStoreGroups(t.tenantId, query({ q: "COAST" }));
    expect(found.items.map((g) => g.id).sort()).toEqual(["east", "west"]);
    expect((await listStoreGroups(t.tenantId, query({ q: "nor" }))).items.map((g) => g.id)).toEqual(["north"]);
  });

  it("falls back to the default order for a sort field it does not know", async () => {
    const page = await listStoreGroups(t.tenantId, query({ sort: "tenantId" }));
    expect(page.items[0].id).toBe("alpine");
  });

  it("renames a group and audits the change", async () => {
    const updated = await updateStoreGroup(t.actors.admin, "west", { name: "West", version: "1" });
    expect(updated).toMatchObject({ id: "west", name: "West", storeCount: 0, version: "2" });
    expect((await getStoreGroupOrThrow(t.tenantId, "west")).name).toBe("West");
    const event = await db().auditEvent.findFirst({
      where: { tenantId: t.tenantId, objectType: "store_group", objectId: "west", action: "update" },
    });
    expect(event?.changes).toEqual({ name: { from: "West coast", to: "West" } });
    expect(event?.actorId).toBe(t.users.admin.id);
  });

  it("refuses a duplicate id", async () => {
    await expect(createStoreGroup(t.actors.marketer, { id: "north", name: "Again" })).rejects.toMatchObject({
      code: "conflict",
      causes: [{ field: "id" }],
    });
  });

  it("refuses to delete a group that still has stores, then deletes it once empty", async () => {
    await expect(deleteStoreGroup(t.actors.marketer, "south")).rejects.toMatchObject({
      code: "conflict",
      status: 409,
      message: expect.stringContaining("still has 1 store"),
    });
    expect(await db().storeGroup.count({ where: { tenantId: t.tenantId, id: "south" } })).toBe(1);
    await deleteStore(t.actors.marketer, "s3");
    await deleteStoreGroup(t.actors.marketer, "south");
    await expect(getStoreGroupOrThrow(t.tenantId, "south")).rejects.toMatchObject({ code: "not_found" });
    const events = await db().auditEvent.findMany({
      where: { tenantId: t.tenantId, objectType: "store_group", objectId: "south" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["create", "delete"]);
  });

  it("keeps tenants apart: another tenant's group id is not found", async () => {
    const other = await makeTenant();
    await expect(getStoreGroupOrThrow(other.tenantId, "north")).rejects.toMatchObject({ code: "not_found" });
    await expect(updateStoreGroup(other.actors.admin, "north", { name: "Mine now", version: "1" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteStoreGroup(other.actors.admin, "alpine")).rejects.toMatchObject({ code: "not_found" });
    expect((await listStoreGroups(other.tenantId, query())).total).toBe(0);
    // The same id may exist in both tenants.
    await createStoreGroup(other.actors.admin, { id: "north", name: "Other north" });
    expect((await getStoreGroupOrThrow(t.tenantId, "north")).name).toBe("North");
  });
});
