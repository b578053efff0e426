// What the version operations need from each kind of offer, so save, publish, schedule and rollback are
// written once: read the live row, validate a snapshot with the kind's own input schema, keep the
// category fixed, and write a snapshot onto the live row (which is what publishing is).
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import type { VersionKind } from "@/lib/versions/kinds";

export type LiveOffer = {
  id: string;
  name: string;
  /** Never published: the row mirrors its newest draft, and nothing prices it. */
  unpublished: boolean;
  /** The live row's editable fields: what a version stores. */
  snapshot: Record<string, unknown>;
  updatedBy: string;
  updatedAt: Date;
};

export type VersionAdapter = {
  kind: VersionKind;
  /** The snapshot a draft body or a stored version stands for, validated by the kind's input schema. */
  parseSnapshot(input: unknown): Record<string, unknown>;
  /** The live (not archived) offer of the tenant; 404 otherwise. */
  findLive(client: Db | Tx, tenantId: string, offerId: string): Promise<LiveOffer>;
  /** Refuses a snapshot that changes what cannot change (the category) or names what does not exist. */
  assertAcceptable(tx: Tx, tenantId: string, live: LiveOffer, snapshot: Record<string, unknown>): Promise<void>;
  /** Writes the snapshot onto the live row; `unpublished` says whether the row stays a draft's mirror. */
  writeLive(tx: Tx, actor: Actor, offerId: string, snapshot: Record<string, unknown>, options: { unpublished: boolean }): Promise<void>;
  /** The audit log's object type and the console path of the offer. */
  objectType: string;
  /** The order a diff lists the fields in (the editor's). */
  fieldOrder: readonly string[];
  consolePath(offerId: string): string;
};
