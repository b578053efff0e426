import type { Metadata } from "next";
import Link from "next/link";
import { BatchUploadForm } from "@/components/batch/batch-upload-form";
import { RunStatus } from "@/components/batch/run-status";
import { DateTime } from "@/components/ui/date-time";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { listBatchRuns } from "@/lib/batch/get-batch-run";
import { listDraftChoices } from "@/lib/batch/list-draft-choices";

export const metadata: Metadata = { title: "Batch what-if" };

export default async function BatchPage() {
  const session = await requireConsoleSession();
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const [runs, drafts] = await Promise.all([
    listBatchRuns(session.tenant.id, { page: 1, count: 50 }),
    canWrite ? listDraftChoices(session.tenant.id) : [],
  ]);
  return (
    <>
      <PageHeader
        title="Batch what-if"
        description="Price a file of real carts, or the carts of the last days' orders, against the live offers and against live plus the drafts you choose: what a campaign costs, and which carts it changes."
      />
      {canWrite ? (
        <Card title="New run" className="mb-6">
          <BatchUploadForm drafts={drafts} />
        </Card>
      ) : null}
      <Card title="Runs">
        {runs.items.length === 0 ? (
          <p className="text-sm text-slate-600">No runs yet.</p>
        ) : (
          <table className="w-full text-left text-sm" aria-label="Batch runs">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2">File</th>
                <th>Status</th>
                <th>Carts</th>
                <th>Drafts</th>
                <th>Started</th>
              </tr>
            </thead>
            <tbody>
              {runs.items.map((run) => (
                <tr key={run.id} className="border-t border-slate-100">
                  <td className="py-2">
                    <Link href={`/batch/${run.id}`} className="font-medium text-indigo-700 hover:underline">
                      {run.fileName}
                    </Link>
                  </td>
                  <td>
                    <RunStatus status={run.status} />
                  </td>
                  <td>{run.totalCarts.toLocaleString("en")}</td>
                  <td>{run.drafts.length}</td>
                  <td className="text-xs text-slate-600">
                    <DateTime at={run.createdAt} />
                    <span className="block">by {run.createdBy}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
