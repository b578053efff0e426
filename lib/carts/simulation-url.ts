// The Cart Simulator keeps its whole cart in the URL (`?cart=`), so a simulation can be shared by link.
// Pure and browser-safe: base64url of the JSON request. Drafts to price beside live (`&drafts=`, the
// same encoding of [{kind, id, number}]) ride along, so a batch run's changed cart or a draft's conflict
// opens with those drafts applied.
import { wallTimeToInstant, zoneOffsetAt } from "@/lib/pricing/time";

export function encodeSimulation(request: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(request));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export type SimulatedDraft = { kind: string; id: string; number?: number };

/** The simulator's address for a cart, priced with `drafts` beside the live offers when there are any. */
export function simulatorHref(request: unknown, drafts: readonly SimulatedDraft[] = []): string {
  const cart = `/simulator?cart=${encodeSimulation(request)}`;
  if (drafts.length === 0) return cart;
  const refs = drafts.map((d) => ({ kind: d.kind, id: d.id, ...(d.number ? { number: d.number } : {}) }));
  return `${cart}&drafts=${encodeSimulation(refs)}`;
}

/** The decoded JSON, or undefined when the parameter is not ours (the schema validates the rest). */
export function decodeSimulation(encoded: string | undefined): unknown {
  if (!encoded) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
  } catch {
    return undefined;
  }
}

/** "2026-12-01T09:00" as shown by a datetime-local input, for an instant in `zone`. */
export function instantToLocalInput(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return "";
  return new Date(ms + zoneOffsetAt(zone, ms)).toISOString().slice(0, 16);
}

/** The ISO instant at which the wall clock of `zone` shows the datetime-local value. */
export function localInputToInstant(local: string, zone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return undefined;
  const wallMs = Date.parse(`${local}:00Z`);
  return Number.isNaN(wallMs) ? undefined : new Date(wallTimeToInstant(wallMs, zone)).toISOString();
}
