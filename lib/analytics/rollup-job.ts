// analytics.rollup: the periodic run of roll-up-usage.ts on the one runner, on whichever instance claims it.
import { z } from "zod";
import { rollUpUsage } from "@/lib/analytics/roll-up-usage";
import type { JobHandler } from "@/lib/jobs/types";

export const ROLLUP_EVERY_MS = 15_000;

export const usageRollupJobHandler: JobHandler<Record<string, never>> = {
  kind: "analytics.rollup",
  payload: z.object({}),
  every: ROLLUP_EVERY_MS,
  async run() {
    await rollUpUsage();
  },
};
