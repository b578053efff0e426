// The store as the API and console show it (never the raw row).
export type StoreView = { id: string; name: string; timeZone: string | null; storeGroupId: string | null; version: string; createdAt: string; updatedAt: string };

export function toStoreView(row: { id: string; name: string; timeZone: string | null; storeGroupId: string | null; version: number; createdAt: Date; updatedAt: Date }): StoreView {
  return { id: row.id, name: row.name, timeZone: row.timeZone, storeGroupId: row.storeGroupId, version: String(row.version), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}
