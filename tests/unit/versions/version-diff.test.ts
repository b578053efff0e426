// The diff between two versions of an offer: field by field, in words, in the editor's field order.
import { describe, expect, it } from "vitest";
import type { AuditNames } from "@/lib/audit/describe-audit-event";
import { EDITABLE_FIELDS } from "@/lib/offers/offer-view";
import { diffSnapshots, summarizeChanges } from "@/lib/versions/version-diff";

const names: AuditNames = { objects: {}, stores: { berlin: "Berlin Mitte" }, zone: "Europe/Berlin" };

const v1 = {
  name: "Ten off",
  description: "",
  active: true,
  localizedTimezone: true,
  validFrom: "2026-12-01T09:00:00",
  validTo: null,
  category: { kind: "CartLevelPercentage", discount: 10 },
  currencies: [{ code: "EUR" }],
  stores: [],
  channels: [],
  exclusive: false,
  segment: null,
};

describe("diffSnapshots", () => {
  it("finds no change between a version and itself, whatever the key order", () => {
    const reordered = { ...v1, category: { discount: 10, kind: "CartLevelPercentage" } };
    expect(diffSnapshots(v1, reordered, names, EDITABLE_FIELDS)).toEqual([]);
  });

  it.each([
    ["name", { name: "Twelve off" }, "Name: Ten off → Twelve off"],
    ["enabled", { active: false }, "Enabled: yes → no"],
    ["an end date", { validTo: "2026-12-31T23:59:00" }, "Valid to: no end → 31 Dec 2026, 23:59 store time"],
    ["a minimum", { currencies: [{ code: "EUR", minimumCartValue: 50 }] }, "Currencies: EUR → EUR (minimum cart 50)"],
    ["stores, by name", { stores: ["berlin"] }, "Stores: all stores → Berlin Mitte"],
    ["a segment", { segment: { key: "tier", value: "gold" } }, "Segment: everyone → tier = gold"],
    ["an absent description as not set", { description: undefined }, null],
  ])("words %s", (_label, change, sentence) => {
    const changes = diffSnapshots(v1, { ...v1, ...change }, names, EDITABLE_FIELDS);
    expect(changes.map((c) => c.sentence)).toEqual(sentence ? [sentence] : []);
  });

  it("lists changes in the editor's order with both values", () => {
    const changes = diffSnapshots(v1, { ...v1, exclusive: true, name: "B", validFrom: "2026-12-02T09:00:00" }, names, EDITABLE_FIELDS);
    expect(changes.map((c) => c.field)).toEqual(["name", "validFrom", "exclusive"]);
    expect(changes[0]).toMatchObject({ label: "Name", from: "Ten off", to: "B" });
  });
});

describe("summarizeChanges", () => {
  it.each([
    [[], "No field differs."],
    [["Name"], "1 field differs: Name."],
    [["Name", "Valid to", "Currencies"], "3 fields differ: Name, Valid to and Currencies."],
  ])("%j", (labels, summary) => {
    const changes = labels.map((label) => ({ field: label, label, from: "", to: "", sentence: "" }));
    expect(summarizeChanges(changes)).toBe(summary);
  });
});
