import { describe, expect, it } from "vitest";
import { listBody, PageQuery, skipTake } from "@/lib/http/pagination";

describe("PageQuery", () => {
  it("defaults to page 1 of 20", () => {
    expect(PageQuery.parse({})).toEqual({ count: 20, page: 1 });
  });

  it.each([
    [{ count: "0" }, "count", "count must be at least 1"],
    [{ count: "101" }, "count", "count must be at most 100"],
    [{ page: "0" }, "page", "page must be at least 1"],
    [{ page: "1.5" }, "page", "page must be a whole number"],
  ])("rejects %j naming %s", (input, field, message) => {
    const result = PageQuery.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });
});

describe("listBody", () => {
  const url = new URL("http://x/api/v1/stores?q=ber&page=2&count=10");

  it("links to neighbours and keeps the filters", () => {
    const body = listBody(url, { page: 2, count: 10 }, { items: ["a"], total: 35 });
    expect(body.pagination).toEqual({ page: 2, count: 10, total: 35, totalPages: 4 });
    expect(body.links.next).toBe("/api/v1/stores?q=ber&page=3&count=10");
    expect(body.links.prev).toBe("/api/v1/stores?q=ber&page=1&count=10");
    expect(body.links.last).toBe("/api/v1/stores?q=ber&page=4&count=10");
  });

  it("has no next link on the last page and no prev link on the first", () => {
    expect(listBody(url, { page: 4, count: 10 }, { items: [], total: 35 }).links.next).toBeUndefined();
    expect(listBody(url, { page: 1, count: 10 }, { items: [], total: 35 }).links.prev).toBeUndefined();
  });

  it("turns a page into offsets", () => {
    expect(skipTake({ page: 3, count: 25 })).toEqual({ skip: 50, take: 25 });
  });
});
