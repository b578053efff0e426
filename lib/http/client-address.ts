// The client's address, read through TRUSTED_PROXY_HOPS proxies in front of the app (0: the socket's peer).
//
// Why a stamp: Next 16 hands route handlers a Web Request without the socket, and `next start` fills in
// `x-forwarded-for` from the socket only when the client sent none (base-server.js: `??=`), so the header
// a handler sees is whatever the client chose. instrumentation.ts therefore installs `installPeerStamp`
// on Node's HTTP servers: for every incoming request, before Next reads a header, it writes the
// forwarded chain the client sent plus the socket's own address into PEER_HEADER, tagged with a secret
// made per process. Whatever a client sends under that name is overwritten; a request that reached a
// handler without the tag (only possible while the server was still starting) counts as `unverified`,
// one shared bucket, so nobody can pick an address that way either.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { env } from "@/lib/env";

export const PEER_HEADER = "x-couponsmith-peer";
export const UNVERIFIED_ADDRESS = "unverified";

const SECRET = Symbol.for("couponsmith.peer-stamp-secret");
const INSTALLED = Symbol.for("couponsmith.peer-stamp-installed");

/** Shared through globalThis: the instrumentation bundle and the route bundles are separate modules in one process. */
function stampSecret(): string {
  const holder = globalThis as { [SECRET]?: string };
  return (holder[SECRET] ??= randomBytes(16).toString("hex"));
}

function normalised(address: string): string {
  const trimmed = address.trim();
  // IPv4 clients of a dual-stack socket show up as ::ffff:a.b.c.d.
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/** The stamp's value: the tag, then the addresses nearest-last (as proxies append them), the socket's peer at the end. */
export function peerStamp(forwardedFor: string | string[] | undefined, socketAddress: string | undefined): string {
  const sent = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalised).filter(Boolean);
  return `${stampSecret()};${[...sent, normalised(socketAddress ?? "") || "unknown"].join(",")}`;
}

function stampRequest(request: IncomingMessage): void {
  request.headers[PEER_HEADER] = peerStamp(request.headers["x-forwarded-for"], request.socket?.remoteAddress);
}

/** Stamps every request of every HTTP(S) server in this process; idempotent. */
export function installPeerStamp(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as {
    emit: (event: string | symbol, ...args: unknown[]) => boolean;
    [INSTALLED]?: true;
  }[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stampRequest(args[0] as IncomingMessage);
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}

/**
 * The address `hops` trusted proxies away: hops 0 is the socket's peer, hops 1 the address the one proxy
 * in front of us saw, and so on (the leftmost entry when the chain is shorter). Entries further left are
 * the client's own claims and are never read.
 */
export function clientAddressFromStamp(stamp: string | null | undefined, hops = env().TRUSTED_PROXY_HOPS): string {
  const separator = stamp?.indexOf(";") ?? -1;
  if (!stamp || separator < 0 || stamp.slice(0, separator) !== stampSecret()) return unverified();
  const chain = stamp.slice(separator + 1).split(",");
  return chain[Math.max(0, chain.length - 1 - hops)] || UNVERIFIED_ADDRESS;
}

let warned = false;

/** Once per process: a server that never stamps (instrumentation.ts not loaded) puts every client in one bucket. */
function unverified(): string {
  if (!warned && env().NODE_ENV === "production" && !(http.Server.prototype as { [INSTALLED]?: true })[INSTALLED]) {
    warned = true;
    console.warn(
      "[client-address] requests carry no peer stamp: instrumentation.ts did not run, so per-address limits see one shared address",
    );
  }
  return UNVERIFIED_ADDRESS;
}

export function clientAddressOf(request: Request, hops?: number): string {
  return clientAddressFromStamp(request.headers.get(PEER_HEADER), hops);
}
