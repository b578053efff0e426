// One more app instance for bench:scenarios: its job runner and scheduled-publish watcher, and (MODE=schedule) the versions it
// schedules itself, printed as one JSON line { scheduled: [{ id, at }] }. Runs until it is killed.
import { randomUUID } from "node:crypto";
import { registerAppJobHandlers } from "@/lib/job-kinds";
import { startJobRunner } from "@/lib/jobs/runner";
import { startScheduledPublishWatcher } from "@/lib/versions/publish-job";
import { scheduleBenchPublishes } from "@/bench/support/schedule-publishes";

// As instrumentation.ts starts every server instance.
registerAppJobHandlers();
startJobRunner();
startScheduledPublishWatcher();
if (process.env.MODE === "schedule") {
  const scheduled = await scheduleBenchPublishes(process.env.BENCH_TENANT!, Number(process.env.BENCH_PUBLISHES ?? 10), 1500);
  console.log(JSON.stringify({ scheduled, run: randomUUID() }));
}
setInterval(() => undefined, 60_000);
