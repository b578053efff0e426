// Makes one SQLite connection safe to share across concurrent requests.
//
// Why: Prisma's better-sqlite3 adapter runs every query of the process on ONE connection and only
// serialises transactions against each other. A plain query issued by request B while request A's
// interactive transaction is open runs *inside* A's transaction (committed or rolled back with it).
// And a deferred BEGIN that reads before it writes fails at once with SQLITE_BUSY when another
// process wrote in between (busy_timeout does not apply to that upgrade).
// So on SQLite: every top-level operation and every transaction takes one process-wide turn (FIFO), code
// running inside a transaction keeps its turn (AsyncLocalStorage), and each transaction takes the
// write lock first, where busy_timeout makes other processes wait instead of failing.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Db } from "@/lib/db/client";

const insideTransaction = new AsyncLocalStorage<boolean>();

class Turnstile {
  private tail: Promise<void> = Promise.resolve();

  async run<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await work();
    } finally {
      release();
    }
  }
}

// One turnstile per process, shared by every SQLite client and by the import's bulk connection
// (bulk-writer-sqlite.ts): while one of them writes, no other connection of this process asks for the
// write lock, so nobody in the process ever waits on busy_timeout (a synchronous wait that would stop
// the event loop). Waiters are served in arrival order; none of them polls. Kept on globalThis so that
// dev-server reloads share it with the client they keep (client.ts).
const globalTurnstile = globalThis as unknown as { couponsmithSqliteTurnstile?: Turnstile };
function processTurnstile(): Turnstile {
  globalTurnstile.couponsmithSqliteTurnstile ??= new Turnstile();
  return globalTurnstile.couponsmithSqliteTurnstile;
}

/** Runs `work` in this process's next SQLite turn (after every statement and transaction queued before it). */
export function inSqliteTurn<T>(work: () => Promise<T>): Promise<T> {
  return insideTransaction.getStore() ? work() : processTurnstile().run(work);
}

const RAW_METHODS = new Set(["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"]);

/** `pragmas` run once on the connection, before anything else. */
export function serializeSqlite(client: Db, pragmas: readonly string[] = []): Db {
  const turnstile = processTurnstile();
  if (pragmas.length > 0) {
    turnstile
      .run(async () => {
        for (const pragma of pragmas) await client.$executeRawUnsafe(pragma);
      })
      .catch((error) => console.error("[db] SQLite pragmas failed", error));
  }
  const guard = inSqliteTurn;

  const wrapDelegate = (delegate: object) =>
    new Proxy(delegate, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => guard(() => Promise.resolve(value.apply(target, args)));
      },
    });

  const delegates = new Map<PropertyKey, object>();
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "$transaction") {
        return (callback: (tx: unknown) => Promise<unknown>, options?: unknown) => {
          if (typeof callback !== "function") throw new Error("Only interactive transactions are supported on SQLite");
          const run = () =>
            (value as Db["$transaction"]).call(
              target,
              async (tx) => {
                // A no-op write first: turns the deferred BEGIN into a write transaction, so another
                // process holding the lock makes us wait (busy_timeout) rather than fail mid-transaction.
                await tx.$executeRawUnsafe("UPDATE _couponsmith_migrations SET name = name WHERE 0");
                return insideTransaction.run(true, () => callback(tx));
              },
              options as never,
            );
          return guard(run);
        };
      }
      if (typeof property === "string" && RAW_METHODS.has(property) && typeof value === "function") {
        return (...args: unknown[]) => guard(() => Promise.resolve(value.apply(target, args)));
      }
      if (typeof property === "string" && !property.startsWith("$") && value && typeof value === "object") {
        if (!delegates.has(property)) delegates.set(property, wrapDelegate(value));
        return delegates.get(property);
      }
      return value;
    },
  });
}
