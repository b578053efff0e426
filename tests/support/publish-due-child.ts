// One app instance's job runner in its own process (for the exactly-once test): runs every publish job
// due by PUBLISH_AT and prints how many it ran.
import { db } from "@/lib/db/client";
import { registerJobHandlers } from "@/lib/jobs/registry";
import { disableBackgroundJobRunner, runPendingJobs } from "@/lib/jobs/runner";
import { PUBLISH_JOB_KIND, publishJobHandler } from "@/lib/versions/publish-job";

disableBackgroundJobRunner();
registerJobHandlers([publishJobHandler]);
const ran = await runPendingJobs({ kinds: [PUBLISH_JOB_KIND], dueBy: new Date(process.env.PUBLISH_AT ?? Date.now()) });
await db().$disconnect();
console.log(JSON.stringify({ ran }));
