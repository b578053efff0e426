// Every read and write of OfferVersion. Status changes are conditional single statements (checked by
// their row count), so two editors, or two app instances running the scheduler, cannot both win.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { OfferVersion } from "@/lib/generated/sqlite/client";
import type { VersionKind, VersionStatus } from "@/lib/versions/kinds";

export type VersionRow = OfferVersion;
type Client = Db | Tx;
export type OfferRef = { tenantId: string; kind: VersionKind; offerId: string };

const scope = (ref: OfferRef) => ({ tenantId: ref.tenantId, kind: ref.kind, offerId: ref.offerId });

export async function listVersionRows(client: Client, ref: OfferRef, page: { skip: number; take: number }) {
  const [rows, total] = await Promise.all([
    client.offerVersion.findMany({ where: scope(ref), orderBy: { number: "desc" }, skip: page.skip, take: page.take }),
    client.offerVersion.count({ where: scope(ref) }),
  ]);
  return { rows, total };
}

export function findVersionRow(client: Client, ref: OfferRef, number: number): Promise<VersionRow | null> {
  return client.offerVersion.findFirst({ where: { ...scope(ref), number } });
}

/** The version being edited: the newest one still in status draft. */
export function findWorkingDraftRow(client: Client, ref: OfferRef): Promise<VersionRow | null> {
  return client.offerVersion.findFirst({ where: { ...scope(ref), status: "draft" }, orderBy: { number: "desc" } });
}

export function findPublishedRow(client: Client, ref: OfferRef): Promise<VersionRow | null> {
  return client.offerVersion.findFirst({ where: { ...scope(ref), status: "published" }, orderBy: { number: "desc" } });
}

export async function hasVersions(client: Client, ref: OfferRef): Promise<boolean> {
  return (await client.offerVersion.count({ where: scope(ref) })) > 0;
}

async function nextNumber(tx: Tx, ref: OfferRef): Promise<number> {
  const last = await tx.offerVersion.findFirst({ where: scope(ref), orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

export type NewVersion = {
  snapshot: Record<string, unknown>;
  status: VersionStatus;
  author: string;
  note?: string | null;
  publishAt?: Date | null;
  restoresNumber?: number | null;
  createdAt?: Date;
  publishedAt?: Date | null;
  publishedBy?: string | null;
};

/**
 * Adds the next version of the offer. Two concurrent writers that read the same last number collide on
 * the (tenant, kind, offer, number) unique index: the second answers 409 conflict and writes nothing.
 */
export async function insertVersionRow(tx: Tx, ref: OfferRef, version: NewVersion): Promise<VersionRow> {
  return tx.offerVersion.create({
    data: {
      ...scope(ref),
      number: await nextNumber(tx, ref),
      snapshot: version.snapshot as object,
      status: version.status,
      publishAt: version.publishAt ?? null,
      restoresNumber: version.restoresNumber ?? null,
      note: version.note ?? null,
      etag: randomUUID(),
      createdBy: version.author,
      ...(version.createdAt ? { createdAt: version.createdAt } : {}),
      publishedAt: version.publishedAt ?? null,
      publishedBy: version.publishedBy ?? null,
    },
  });
}

/** Rewrites a draft's snapshot when it still carries `etag`; false when someone changed or published it meanwhile. */
export async function updateDraftRow(tx: Tx, row: VersionRow, etag: string, snapshot: Record<string, unknown>, note: string | null) {
  const result = await tx.offerVersion.updateMany({
    where: { id: row.id, tenantId: row.tenantId, status: "draft", etag },
    data: { snapshot: snapshot as object, note, etag: randomUUID() },
  });
  return result.count === 1;
}

/**
 * Moves a version from one of `from` to `to` if it still carries the etag it was read with (nobody
 * saved, published or discarded it meanwhile); false otherwise.
 */
export async function moveVersionRow(
  tx: Tx,
  row: VersionRow,
  from: readonly VersionStatus[],
  to: { status: VersionStatus; publishAt?: Date | null; publishedAt?: Date | null; publishedBy?: string | null; note?: string | null },
): Promise<boolean> {
  const result = await tx.offerVersion.updateMany({
    where: { id: row.id, tenantId: row.tenantId, status: { in: [...from] }, etag: row.etag },
    data: { ...to, etag: randomUUID() },
  });
  return result.count === 1;
}

/**
 * The scheduler's claim: scheduled → published when its instant has come, in one conditional statement.
 * Several instances may try the same version at once; exactly one sees count 1 and publishes it.
 */
export async function claimDueVersionRow(tx: Tx, row: VersionRow, now: Date, publishedBy: string): Promise<boolean> {
  const result = await tx.offerVersion.updateMany({
    where: { id: row.id, tenantId: row.tenantId, status: "scheduled", publishAt: { lte: now } },
    data: { status: "published", publishedAt: now, publishedBy, etag: randomUUID() },
  });
  return result.count === 1;
}

/** Every other published version of the offer becomes superseded (there is one live version). */
export async function supersedePublishedRows(tx: Tx, ref: OfferRef, except: string): Promise<void> {
  await tx.offerVersion.updateMany({ where: { ...scope(ref), status: "published", id: { not: except } }, data: { status: "superseded" } });
}

export async function deleteUnpublishedRow(tx: Tx, row: VersionRow): Promise<boolean> {
  const result = await tx.offerVersion.deleteMany({
    where: { id: row.id, tenantId: row.tenantId, status: { in: ["draft", "scheduled"] } },
  });
  return result.count === 1;
}

/** The instants of versions of every tenant scheduled in [from, to): the watcher's next wake-ups (status, publishAt index). */
export async function findScheduledInstants(client: Client, from: Date, to: Date): Promise<Date[]> {
  const rows = await client.offerVersion.findMany({
    where: { status: "scheduled", publishAt: { gte: from, lt: to } },
    select: { publishAt: true },
    distinct: ["publishAt"],
    orderBy: { publishAt: "asc" },
    take: 1000,
  });
  return rows.flatMap((row) => (row.publishAt ? [row.publishAt] : []));
}

export function findVersionRowById(client: Client, id: string): Promise<VersionRow | null> {
  return client.offerVersion.findUnique({ where: { id } });
}

/** Open drafts and scheduled versions of these offers, for the lists' "draft pending" marks. */
export async function pendingVersionsOf(client: Client, tenantId: string, kind: VersionKind, offerIds: string[]) {
  if (offerIds.length === 0) return [];
  return client.offerVersion.findMany({
    where: { tenantId, kind, offerId: { in: offerIds }, status: { in: ["draft", "scheduled"] } },
    select: { offerId: true, number: true, status: true, publishAt: true },
    orderBy: { number: "asc" },
  });
}

/** Every working draft of the tenant, newest first: the versions a batch run can price beside live. */
export function findTenantDraftRows(client: Client, tenantId: string, take: number): Promise<VersionRow[]> {
  return client.offerVersion.findMany({ where: { tenantId, status: "draft" }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take });
}
