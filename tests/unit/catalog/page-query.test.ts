import { describe, expect, it } from "vitest";
import { pageQuery } from "@/lib/catalog/page-query";
import { ProductListQuery, StoreListQuery } from "@/lib/catalog/schemas";

describe("console list queries from the URL", () => {
  it("treats empty filter values as no filter and keeps the rest", () => {
    expect(pageQuery(StoreListQuery, { q: "berlin", storeGroupId: "", page: "2" })).toEqual({ q: "berlin", page: 2, count: 20 });
    expect(pageQuery(ProductListQuery, { q: "runner", category: ["shoes", "hats"], sort: "-name" })).toEqual({
      q: "runner",
      category: "shoes",
      sort: "-name",
      page: 1,
      count: 20,
    });
  });

  it("falls back to the defaults for a hand-edited bad value", () => {
    expect(pageQuery(ProductListQuery, { count: "5000", q: "x" })).toEqual({ page: 1, count: 20 });
  });
});
