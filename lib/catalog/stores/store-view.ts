// The store as the API and console show it (never the raw row).
import type { StoreView } from "@/lib/catalog/view-schemas";

export type { StoreView };

export function toStoreView(row: {
  id: string;
  name: string;
  timeZone: string | null;
  storeGroupId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}): StoreView {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    storeGroupId: row.storeGroupId,
    version: String(row.version),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
