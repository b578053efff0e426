// Runs once when a server instance starts: every request gets the client-address stamp (before Next reads
// a header), and the CSV import worker resumes queued and interrupted jobs.
export async function register() {
  // Not in the Edge runtime, and not while `next build` loads the app to prerender pages.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installPeerStamp } = await import("@/lib/http/client-address");
  installPeerStamp();
  const { startImportWorker } = await import("@/lib/codes/import-worker");
  startImportWorker();
}
