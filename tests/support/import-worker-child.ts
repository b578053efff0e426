// Runs the import worker once in its own process (for the kill test): claims and processes every
// claimable job, then exits. BATCH_SIZE sets the rows per committed batch.
import { closeBulkWriter } from "@/lib/codes/bulk-writer";
import { runPendingImports, disableBackgroundImportWorker } from "@/lib/codes/import-worker";
import { db } from "@/lib/db/client";

disableBackgroundImportWorker();
const ran = await runPendingImports({ batchSize: Number(process.env.BATCH_SIZE ?? 1000) });
await closeBulkWriter();
await db().$disconnect();
console.log(JSON.stringify({ ran }));
