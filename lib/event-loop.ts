// Long work in slices. A statement on SQLite (better-sqlite3) is synchronous, and awaiting its already
// resolved promise continues in the same turn of the event loop, so a loop of transactions or batches
// would keep every request waiting until the whole loop ends (bench:checkout measured a 150 ms stall
// behind one analytics rollup run). Awaiting this between slices lets waiting requests run first.
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
