// Every job kind this app runs on the one runner (lib/jobs), one handler module per domain. A new kind
// is added here; instrumentation.ts registers the list and starts the runner on each server instance.
import { batchJobHandler } from "@/lib/batch/batch-job";
import { usageRollupJobHandler } from "@/lib/analytics/rollup-job";
import { importJobHandler, sweepImportFilesJobHandler } from "@/lib/codes/import-job";
import { pruneJobsHandler } from "@/lib/jobs/prune-jobs";
import { legacyGenerationJobHandler } from "@/lib/legacy/legacy-generation-job";
import { expiringOffersJobHandler } from "@/lib/offers/expiring-offers-job";
import { registerJobHandlers } from "@/lib/jobs/registry";
import type { JobHandler } from "@/lib/jobs/types";
import { deliverJobHandler } from "@/lib/webhooks/deliver-job";
import { dispatchOutboxJobHandler } from "@/lib/webhooks/dispatch-outbox";
import { pruneWebhooksJobHandler } from "@/lib/webhooks/prune-webhooks";
import { publishJobHandler } from "@/lib/versions/publish-job";
import { expireReservationsJobHandler } from "@/lib/reservations/expire-reservations-job";

export const APP_JOB_HANDLERS: readonly JobHandler[] = [
  importJobHandler,
  sweepImportFilesJobHandler,
  pruneJobsHandler,
  expiringOffersJobHandler,
  dispatchOutboxJobHandler,
  deliverJobHandler,
  pruneWebhooksJobHandler,
  legacyGenerationJobHandler,
  publishJobHandler,
  expireReservationsJobHandler,
  batchJobHandler,
  usageRollupJobHandler,
];

export function registerAppJobHandlers(): void {
  registerJobHandlers(APP_JOB_HANDLERS);
}
