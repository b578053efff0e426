// A better-sqlite3 connection that lives in a worker thread, for the long writes of imports and code
// generation. better-sqlite3 is synchronous: a 20,000-code batch commit on the main thread held the event
// loop for 0.1–1.5 s (the commit writes every index page the batch touched, and with codes spread over a
// large index that is most of the index), and every request of the process waited for it. Here the
// statements run in the worker, and the main thread only awaits their answers.
//
// The worker knows no SQL of ours: it prepares what it is sent (cached), runs it, and answers. The code
// below is evaluated in the worker as CommonJS, with better-sqlite3 resolved from the app's own
// node_modules by the main thread, so it works the same under next start, tsx and vitest.
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";

export type WorkerParam = string | number | bigint | null | Uint8Array;
export type WorkerRow = Record<string, unknown>;
export type WorkerColumn = { value: WorkerParam } | { each: readonly WorkerParam[] };

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driverPath);
const conn = new Database(workerData.file, { timeout: 0 });
for (const pragma of workerData.pragmas) conn.pragma(pragma);
const statements = new Map();
const prepare = (sql) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = conn.prepare(sql)));
  return statement;
};
const ops = {
  exec: ({ sql }) => (conn.exec(sql), conn.inTransaction),
  run: ({ sql, params }) => prepare(sql).run(...params).changes,
  runEach: ({ sql, rows }) => { const s = prepare(sql); return rows.map((params) => s.run(...params).changes); },
  runColumns: ({ sql, columns, count }) => {
    const s = prepare(sql);
    const changes = new Uint8Array(count);
    const params = new Array(columns.length);
    for (let row = 0; row < count; row++) {
      for (let c = 0; c < columns.length; c++) params[c] = columns[c].each ? columns[c].each[row] : columns[c].value;
      changes[row] = s.run(...params).changes;
    }
    return changes;
  },
  get: ({ sql, params }) => prepare(sql).get(...params),
  getEach: ({ sql, rows }) => { const s = prepare(sql); return rows.map((params) => s.get(...params)); },
  inTransaction: () => conn.inTransaction,
  close: () => (conn.close(), null),
};
parentPort.on("message", (message) => {
  try {
    parentPort.postMessage({ id: message.id, result: ops[message.op](message) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;

/** An error the worker's connection raised, with SQLite's code (SQLITE_BUSY, SQLITE_CONSTRAINT_…). */
export class SqliteWorkerError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface SqliteWorkerConnection {
  /** Runs SQL text without parameters (BEGIN IMMEDIATE, COMMIT, ROLLBACK); answers whether a transaction is open. */
  exec(sql: string): Promise<boolean>;
  /** Rows changed by one statement. */
  run(sql: string, params: readonly WorkerParam[]): Promise<number>;
  /** The same statement once per parameter row, in one message: the rows each run changed. */
  runEach(sql: string, rows: readonly (readonly WorkerParam[])[]): Promise<number[]>;
  /**
   * The same statement once per row, its parameters given by column: a value for every row, or one per
   * row. Answers whether each run changed a row (1) or not (0). Columns cross to the worker as a few
   * arrays instead of an array per row: measured on 20,000 rows of 7 parameters, cloning the rows for
   * the message took 15–77 ms of the main thread.
   */
  runColumns(sql: string, columns: readonly WorkerColumn[], count: number): Promise<Uint8Array>;
  /** The first row of a query, or undefined. */
  get(sql: string, params: readonly WorkerParam[]): Promise<WorkerRow | undefined>;
  /** The first row of the same query once per parameter row. */
  getEach(sql: string, rows: readonly (readonly WorkerParam[])[]): Promise<(WorkerRow | undefined)[]>;
  inTransaction(): Promise<boolean>;
  close(): Promise<void>;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/** Opens `file` in a new worker thread, runs `pragmas` there first. The worker never keeps the process alive. */
export function openSqliteWorkerConnection(file: string, pragmas: readonly string[] = []): SqliteWorkerConnection {
  const driverPath = createRequire(path.join(process.cwd(), "package.json")).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, pragmas, driverPath } });
  worker.unref();
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let failure: Error | undefined;
  worker.on("message", (message: { id: number; result?: unknown; error?: { message: string; code?: string } }) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (!waiting) return;
    if (message.error) waiting.reject(new SqliteWorkerError(message.error.message, message.error.code));
    else waiting.resolve(message.result);
  });
  const failAll = (error: Error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => failAll(new Error(`The SQLite worker thread exited (code ${code})`)));

  const call = <T>(op: string, payload: Record<string, unknown> = {}): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ id, op, ...payload });
    });
  };

  return {
    exec: (sql) => call<boolean>("exec", { sql }),
    run: (sql, params) => call<number>("run", { sql, params }),
    runEach: (sql, rows) => call<number[]>("runEach", { sql, rows }),
    runColumns: (sql, columns, count) => call<Uint8Array>("runColumns", { sql, columns, count }),
    get: (sql, params) => call<WorkerRow | undefined>("get", { sql, params }),
    getEach: (sql, rows) => call<(WorkerRow | undefined)[]>("getEach", { sql, rows }),
    inTransaction: () => call<boolean>("inTransaction"),
    async close() {
      await call("close").catch(() => undefined);
      await worker.terminate();
    },
  };
}
