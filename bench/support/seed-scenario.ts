// Writes an engine-core scenario (bench/engine-core.ts) into a bench tenant as the loaders read it in
// production: its offers, their codes, the stores with their zones, and the exclusion list.
// bench:engine, bench:scenarios and bench:batch price the same workload over the database.
import { randomUUID } from "node:crypto";
import type { Scenario } from "@/bench/support/engine-scenario";
import type { Db } from "@/lib/db/client";

export async function seedScenario(client: Db, tenantId: string, scenario: Scenario): Promise<void> {
  await client.offer.createMany({
    data: scenario.offers.map((offer) => ({
      id: offer.id,
      tenantId,
      family: offer.source === "coupon" ? "coupon" : "promotion",
      name: offer.name,
      active: offer.active,
      localizedTimezone: offer.localizedTimezone,
      validFrom: offer.validFrom,
      validTo: offer.validTo ?? null,
      startsAt: new Date("2025-01-01T00:00:00Z"),
      kind: offer.category.kind,
      category: offer.category,
      currencies: offer.currencies,
      stores: offer.stores,
      consumers: offer.consumers,
      channels: offer.channels,
      exclusive: offer.exclusive,
      version: randomUUID(),
      createdAt: new Date(offer.createdAt),
      createdBy: "bench",
      updatedBy: "bench",
    })),
  });
  await client.couponCode.createMany({
    data: Object.values(scenario.context.codes).map((c) => ({
      tenantId,
      offerId: c!.offerId,
      code: c!.code,
      active: c!.active,
      maxRedemptions: c!.maxRedemptions ?? null,
    })),
  });
  await client.store.createMany({
    data: Object.entries(scenario.context.storeTimeZones).map(([id, timeZone]) => ({ tenantId, id, name: id, timeZone })),
  });
  await client.exclusionList.create({ data: { tenantId, ids: scenario.context.exclusionList, createdBy: "bench", updatedBy: "bench" } });
}
