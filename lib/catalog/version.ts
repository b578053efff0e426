// Optimistic concurrency for the catalog (stores, store groups, products, customers), as offers have
// it: a PUT sends the version it read; a stale one answers 409 `version_mismatch` and changes nothing.
// The stored version is a counter; the API shows it as text, like an offer's version.
import { AppError } from "@/lib/errors";

/** Throws unless `sent` is the stored version; the write then repeats the check in its WHERE. */
export function assertVersion(what: string, stored: number, sent: string): void {
  if (String(stored) !== sent) throw AppError.versionMismatch(what, stored);
}

/**
 * After the write, whose WHERE repeats the version read (check and write in one statement): a count
 * of 0 means a concurrent writer came first. `row` is the row as read after the write.
 */
export function assertWritten<R extends { version: number }>(what: string, count: number, row: R | null): R {
  if (!row) throw AppError.notFound(what[0].toUpperCase() + what.slice(1));
  if (count === 0) throw AppError.versionMismatch(what, row.version);
  return row;
}
