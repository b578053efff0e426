import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BatchProgress } from "@/components/batch/batch-progress";
import { BatchResults } from "@/components/batch/batch-results";
import { RunStatus } from "@/components/batch/run-status";
import { Card, Notice, PageHeader } from "@/components/ui/page-header";
import { requireConsoleSession } from "@/lib/auth/session";
import { getBatchRun, listBatchErrors, listCartsAboveShare } from "@/lib/batch/get-batch-run";
import { BatchCartsQuery } from "@/lib/batch/schemas";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Batch run" };

const SHOWN = 100;

export default async function BatchRunPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const session = await requireConsoleSession();
  const { id } = await params;
  const parsed = BatchCartsQuery.safeParse({ minShare: (await searchParams).minShare, count: SHOWN });
  const query = parsed.success ? parsed.data : BatchCartsQuery.parse({ count: SHOWN });
  const tenantId = session.tenant.id;
  const run = await getBatchRun(tenantId, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { batchRun } = run;
  const [above, errors] = await Promise.all([
    batchRun.status === "succeeded" ? listCartsAboveShare(tenantId, id, query) : { items: [], total: 0 },
    listBatchErrors(tenantId, id, { page: 1, count: SHOWN }),
  ]);
  const active = batchRun.status === "queued" || batchRun.status === "running";
  return (
    <>
      <PageHeader
        title={`Batch run: ${batchRun.fileName}`}
        description={
          <>
            <RunStatus status={batchRun.status} /> {batchRun.totalCarts.toLocaleString("en")} carts,{" "}
            {batchRun.drafts.length
              ? `live vs live plus ${batchRun.drafts.length} draft${batchRun.drafts.length === 1 ? "" : "s"}`
              : "live only"}{" "}
            ·{" "}
            <Link href="/batch" className="underline">
              All runs
            </Link>
          </>
        }
      />
      {active ? (
        <Card className="mb-6">
          <BatchProgress initial={batchRun} />
        </Card>
      ) : null}
      {batchRun.status === "failed" ? <Notice tone="error">{batchRun.failure ?? "The run failed."}</Notice> : null}
      <BatchResults run={batchRun} topChanged={run.topChanged} above={above} minShare={query.minShare} errors={errors.items} />
    </>
  );
}
