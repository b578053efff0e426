// The store group as the API and console show it, with how many stores belong to it.
import type { StoreGroupView } from "@/lib/catalog/view-schemas";

export type { StoreGroupView };

export function toStoreGroupView(
  row: { id: string; name: string; version: number; createdAt: Date; updatedAt: Date },
  storeCount: number,
): StoreGroupView {
  return {
    id: row.id,
    name: row.name,
    storeCount,
    version: String(row.version),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
