// The job kinds this process can run. Registered once at start (lib/job-kinds.ts lists the app's); the
// runner claims only registered kinds, so an instance never takes a job it has no handler for (a kind
// added by a newer deploy waits for an instance that knows it).
import type { JobHandler } from "@/lib/jobs/types";

const globalRegistry = globalThis as unknown as { couponsmithJobHandlers?: Map<string, JobHandler> };

function handlers(): Map<string, JobHandler> {
  globalRegistry.couponsmithJobHandlers ??= new Map();
  return globalRegistry.couponsmithJobHandlers;
}

/** Adds handlers (registering the same kind again replaces it: dev reloads, tests). */
export function registerJobHandlers(list: readonly JobHandler[]): void {
  for (const handler of list) {
    if (!/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(handler.kind))
      throw new Error(`Job kind ${handler.kind} must be dotted, e.g. domain.task`);
    handlers().set(handler.kind, handler);
  }
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers().get(kind);
}

export function registeredJobHandlers(): JobHandler[] {
  return [...handlers().values()];
}
