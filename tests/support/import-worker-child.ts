// Runs the import jobs once in their own process (for the kill test): claims and processes every
// claimable job, then exits. BATCH_SIZE sets the rows per committed batch.
import { closeBulkWriter } from "@/lib/codes/bulk-writer";
import { runPendingImports } from "@/lib/codes/import-job";
import { db } from "@/lib/db/client";
import { disableBackgroundJobRunner } from "@/lib/jobs/runner";

disableBackgroundJobRunner();
const ran = await runPendingImports({ batchSize: Number(process.env.BATCH_SIZE ?? 1000) });
await closeBulkWriter();
await db().$disconnect();
console.log(JSON.stringify({ ran }));
