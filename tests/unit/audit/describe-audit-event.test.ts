// The audit log in words: names for ids, labels for fields, before → after.
import { describe, expect, it } from "vitest";
import { describeAuditEvent, type AuditNames } from "@/lib/audit/describe-audit-event";
import type { AuditEventView } from "@/lib/audit/list-audit-events";

const names: AuditNames = {
  objects: { "coupon:o1": "Welcome 10%", "pos_campaign:c1": "Printed 10%" },
  stores: { berlin: "Berlin Mitte" },
  zone: "Europe/Berlin",
};
const event = (over: Partial<AuditEventView>): AuditEventView => ({
  id: "e",
  createdAt: "2026-12-01T00:00:00Z",
  actorType: "user",
  actorName: "Mia",
  action: "update",
  objectType: "coupon",
  objectId: "o1",
  changes: {},
  requestId: null,
  ...over,
});

describe("describeAuditEvent", () => {
  it.each<[string, Partial<AuditEventView>, { objectName: string; action: string; changes: [string, string, string][] }]>([
    [
      "an update as before → after, store ids as names",
      { changes: { name: { from: "Old", to: "New" }, stores: { from: [], to: ["berlin"] } } },
      {
        objectName: "Welcome 10%",
        action: "changed",
        changes: [
          ["Name", "Old", "New"],
          ["Stores", "all stores", "Berlin Mitte"],
        ],
      },
    ],
    [
      "a create's snapshot, the discount and dates in words",
      { action: "create", changes: { category: { kind: "CartLevelPercentage", discount: 10 }, validFrom: "2026-12-01T09:00:00+01:00" } },
      {
        objectName: "Welcome 10%",
        action: "created",
        changes: [
          ["Discount", "—", "10% off the cart"],
          ["Valid from", "—", "1 Dec 2026, 09:00 Europe/Berlin"],
        ],
      },
    ],
    [
      "a POS rule's Erply fields",
      {
        action: "create",
        objectType: "pos_coupon_rule",
        objectId: "r1",
        changes: { name: "Spend 250", warehouseID: "berlin", campaignID: "c1" },
      },
      {
        objectName: "Spend 250",
        action: "created",
        changes: [
          ["Name", "—", "Spend 250"],
          ["Store", "—", "Berlin Mitte"],
          ["Campaign", "—", "Printed 10%"],
        ],
      },
    ],
    [
      "a mixed change of the exclusion list",
      { objectType: "exclusion_list", objectId: "tenant-id", changes: { count: { from: 0, to: 2 }, added: ["A", "B"] } },
      {
        objectName: "",
        action: "changed",
        changes: [
          ["Count", "0", "2"],
          ["Added", "—", "A, B"],
        ],
      },
    ],
  ])("%s", (_name, over, expected) => {
    const d = describeAuditEvent(event(over), names);
    expect({ objectName: d.objectName, action: d.action, changes: d.changes.map((c) => [c.label, c.from, c.to]) }).toEqual(expected);
  });
});
