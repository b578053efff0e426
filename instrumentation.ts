// Runs once when a server instance starts: every request gets the client-address stamp (before Next reads
// a header), and the CSV import worker resumes queued and interrupted jobs.
import { nextServerPhase } from "@/lib/env";

export async function register() {
  // Not in the Edge runtime, and not while `next build` loads the app to prerender pages.
  const { nodeRuntime, building } = nextServerPhase();
  if (!nodeRuntime || building) return;
  const { installPeerStamp } = await import("@/lib/http/client-address");
  installPeerStamp();
  const { startImportWorker } = await import("@/lib/codes/import-worker");
  startImportWorker();
}
