// The Node side of instrumentation.ts: every request gets the client-address stamp (before Next reads a
// header), and the one job runner (lib/jobs) resumes queued and interrupted jobs of every kind.
import { isNextBuildPhase } from "@/lib/env";

export async function registerNodeServer(): Promise<void> {
  // Not while `next build` loads the app to prerender pages.
  if (isNextBuildPhase()) return;
  const { installPeerStamp } = await import("@/lib/http/client-address");
  installPeerStamp();
  const { registerAppJobHandlers } = await import("@/lib/job-kinds");
  registerAppJobHandlers();
  const { startJobRunner } = await import("@/lib/jobs/runner");
  startJobRunner();
  // Scheduled publishes wake the runner at their instant instead of its next poll (lib/versions/publish-job.ts).
  const { startScheduledPublishWatcher } = await import("@/lib/versions/publish-job");
  startScheduledPublishWatcher();
}
