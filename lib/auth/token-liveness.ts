// Whether a bearer token is still live (not revoked), settled once per request, in the same statement
// as the request's first read where the route can carry it.
//
// A token's identity (id, name, tenant, role) never changes after creation; only its revocation does.
// So this instance remembers identities it has read, and a route that opts in (apiRoute's
// `livenessInFirstRead`) starts with the remembered identity and a pending check. The check is settled
// by the first read that carries it (a query adds tokenActiveColumn of lib/auth/queries.ts for
// `pendingHash` and reports back through `settle`), or by a read of its own (`ensure`) before any
// write and before any answer leaves. Either way the token's row is read by this request, so a revocation committed on any
// instance refuses the very next request, exactly as without the cache: nothing is served on a
// remembered liveness, only on a remembered identity.
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/** Past this many identities the oldest are forgotten (each costs a few hundred bytes). */
const MAX_IDENTITIES = 10_000;

type TokenIdentity = { actor: Actor; lastUsedAtMs: number | null };

const identities = new Map<string, TokenIdentity>();

export function rememberTokenIdentity(tokenHash: string, identity: TokenIdentity): void {
  identities.delete(tokenHash);
  identities.set(tokenHash, identity);
  if (identities.size > MAX_IDENTITIES) identities.delete(identities.keys().next().value!);
}

export function rememberedTokenIdentity(tokenHash: string): TokenIdentity | undefined {
  return identities.get(tokenHash);
}

export function forgetTokenIdentity(tokenHash: string): void {
  identities.delete(tokenHash);
}

export const revokedTokenError = () => new AppError("unauthenticated", "The API token is unknown or has been revoked");

type State = "pending" | "live" | "revoked";

export class TokenLiveness {
  private state: State;
  private ownRead: Promise<boolean> | null = null;

  private constructor(
    private readonly tokenHash: string | null,
    private readonly readLiveness: ((tokenHash: string) => Promise<boolean>) | null,
  ) {
    this.state = tokenHash === null ? "live" : "pending";
  }

  /** Nothing to settle: a console session, or a token whose row this request has read already. Never changes, so shared. */
  private static readonly nothingPending = new TokenLiveness(null, null);

  static settled(): TokenLiveness {
    return TokenLiveness.nothingPending;
  }

  /** A remembered token whose row this request has yet to read; `read` reads it alone when no query carries it. */
  static pending(tokenHash: string, read: (tokenHash: string) => Promise<boolean>): TokenLiveness {
    return new TokenLiveness(tokenHash, read);
  }

  /** The hash a read should check liveness of along with its own rows, or null when nothing is pending. */
  get pendingHash(): string | null {
    return this.state === "pending" ? this.tokenHash : null;
  }

  /**
   * What a read that carried the check saw (null: it carried none, as a read made after the check was
   * settled); throws `unauthenticated` when the token is revoked or gone, then or before, so a retry
   * after a refusal cannot go on to write.
   */
  settle(live: boolean | null): void {
    if (live !== null) this.record(live);
    if (this.state === "revoked") throw revokedTokenError();
  }

  /** Settles the check with a read of its own unless a query settled it already; throws as `settle` does. */
  async ensure(): Promise<void> {
    if (this.state === "pending") {
      this.ownRead ??= this.readLiveness!(this.tokenHash!);
      this.record(await this.ownRead);
    }
    if (this.state === "revoked") throw revokedTokenError();
  }

  /** The first answer counts: a read that saw the token live cannot be undone by a later one, nor the reverse. */
  private record(live: boolean): void {
    if (this.state !== "pending") return;
    this.state = live ? "live" : "revoked";
    if (!live) forgetTokenIdentity(this.tokenHash!);
  }
}
