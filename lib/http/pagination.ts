// List paging of contract §1.3: `count` 1–100 (default 20), `page` 1-based (default 1).
import { z } from "zod";

export const PageQuery = z.object({
  count: z.coerce
    .number()
    .int("count must be a whole number")
    .min(1, "count must be at least 1")
    .max(100, "count must be at most 100")
    .default(20),
  page: z.coerce
    .number()
    .int("page must be a whole number")
    .min(1, "page must be at least 1")
    .max(1_000_000, "page must be at most 1000000")
    .default(1),
});
export type PageQuery = z.infer<typeof PageQuery>;

export type Page<T> = { items: T[]; total: number };

export type ListBody<T> = {
  items: T[];
  pagination: { page: number; count: number; total: number; totalPages: number };
  links: { self: string; next?: string; prev?: string; first: string; last: string };
};

export function skipTake(query: PageQuery): { skip: number; take: number } {
  return { skip: (query.page - 1) * query.count, take: query.count };
}

export function listBody<T>(url: URL, query: PageQuery, page: Page<T>): ListBody<T> {
  const totalPages = Math.max(1, Math.ceil(page.total / query.count));
  const link = (n: number) => {
    const params = new URLSearchParams(url.searchParams);
    params.set("page", String(n));
    params.set("count", String(query.count));
    return `${url.pathname}?${params.toString()}`;
  };
  return {
    items: page.items,
    pagination: { page: query.page, count: query.count, total: page.total, totalPages },
    links: {
      self: link(query.page),
      ...(query.page < totalPages ? { next: link(query.page + 1) } : {}),
      ...(query.page > 1 ? { prev: link(Math.min(query.page - 1, totalPages)) } : {}),
      first: link(1),
      last: link(totalPages),
    },
  };
}
