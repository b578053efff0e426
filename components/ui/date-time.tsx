"use client";
// Every time the console shows goes through here: one zone per time, named next to it, and the text
// built from numbers (lib/pricing/time.ts), so the server's HTML and the browser's render match
// whatever zone or locale the browser has. The console layout provides the tenant's zone; pages that
// list things done in a store (redemptions, printed coupons) add the stores' zones, and a time with a
// store is shown in that store's zone.
import { createContext, useContext, type ReactNode } from "react";
import { formatInstantInZone, pickTimeZone } from "@/lib/pricing/time";

type Zones = { tenant: string; stores: Record<string, string | null> };
const TimeZoneContext = createContext<Zones>({ tenant: "UTC", stores: {} });

export function TimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={{ tenant: zone, stores: {} }}>{children}</TimeZoneContext.Provider>;
}

/** Adds the stores' own zones for the times below it that name a store. */
export function StoreTimeZones({ stores, children }: { stores: { id: string; timeZone: string | null }[]; children: ReactNode }) {
  const outer = useContext(TimeZoneContext);
  const zones = Object.fromEntries(stores.map((s) => [s.id, s.timeZone]));
  return (
    <TimeZoneContext.Provider value={{ tenant: outer.tenant, stores: { ...outer.stores, ...zones } }}>{children}</TimeZoneContext.Provider>
  );
}

/** The zone the console shows times in (the tenant's), for client components that format text themselves. */
export function useTimeZone(): string {
  return useContext(TimeZoneContext).tenant;
}

/** `store`: the store the event happened in (its zone wins); `zone`: an explicit zone. */
export function DateTime({
  at,
  zone,
  store,
  empty = "",
}: {
  at: string | Date | null | undefined;
  zone?: string;
  store?: string | null;
  empty?: string;
}) {
  const zones = useContext(TimeZoneContext);
  if (!at) return <>{empty}</>;
  const ms = typeof at === "string" ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) return <>{String(at)}</>;
  const shown = zone ?? pickTimeZone(store ? zones.stores[store] : null, zones.tenant);
  return (
    <time dateTime={new Date(ms).toISOString()} className="whitespace-nowrap">
      {formatInstantInZone(ms, shown)}
    </time>
  );
}
