// The setup of the code import and generation job suites: one tenant per file with the background runner
// off (each test drives the jobs itself), and before each test a fresh single-use coupon and no job left
// queued by a test that failed. `upload` posts a CSV to that coupon as the tenant's marketer.
import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { closeBulkWriter } from "@/lib/codes/bulk-writer";
import { createCodeImport } from "@/lib/codes/create-code-import";
import { IMPORT_JOB_KIND } from "@/lib/codes/import-jobs";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { disableBackgroundJobRunner } from "@/lib/jobs/runner";
import { makeCoupon, uploadRequest } from "@/tests/support/codes";
import { makeTenant, type TestTenant } from "@/tests/factories/tenant";

export function importJobSuite() {
  const state = {} as { tenant: TestTenant; couponId: string };
  beforeAll(async () => {
    disableBackgroundJobRunner();
    state.tenant = await makeTenant();
  });
  beforeEach(async () => {
    // Jobs left queued by a failing test must not leak into the next one.
    await db().codeImport.updateMany({ where: { status: { in: ["queued", "processing"] } }, data: { status: "failed", claimToken: null } });
    await db().job.updateMany({ where: { kind: IMPORT_JOB_KIND, status: { in: ["queued", "running"] } }, data: { status: "cancelled" } });
    state.couponId = (await makeCoupon(state.tenant.tenantId, { singleUse: true })).id;
  });
  afterAll(closeBulkWriter);
  return {
    get tenant() {
      return state.tenant;
    },
    get couponId() {
      return state.couponId;
    },
    upload: (
      content: string | Uint8Array,
      options: Parameters<typeof uploadRequest>[1] = {},
      limits?: { maxFileBytes: number; maxRows: number },
    ) => createCodeImport(state.tenant.actors.marketer, state.couponId, uploadRequest(content, options), limits),
  };
}

/** The AppError a call rejects with (the test fails if it resolves or throws something else). */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
