// Code ids are UUIDv7: valid UUIDs, unique, and in creation order even within one millisecond.
import { describe, expect, it } from "vitest";
import { newCodeId } from "@/lib/codes/code-id";

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newCodeId", () => {
  it("makes RFC 9562 version-7 UUIDs that carry the millisecond", () => {
    const id = newCodeId(Date.UTC(2026, 10, 26, 12));
    expect(id).toMatch(V7);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBeGreaterThanOrEqual(Date.UTC(2026, 10, 26, 12));
  });

  it("is unique and strictly increasing, also past 4,096 ids in one millisecond", () => {
    const now = Date.UTC(2027, 0, 1);
    const ids = Array.from({ length: 10_000 }, () => newCodeId(now));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
    expect(ids.every((id) => V7.test(id))).toBe(true);
  });

  it("never goes back when the clock does", () => {
    const later = newCodeId(Date.UTC(2028, 0, 1));
    expect(newCodeId(Date.UTC(2025, 0, 1)) > later).toBe(true);
  });
});
