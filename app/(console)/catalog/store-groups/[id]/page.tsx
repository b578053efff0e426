import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deleteStoreGroupAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DetailList } from "@/components/catalog/detail-list";
import { formatDateTime } from "@/components/catalog/format";
import { StoreGroupForm } from "@/components/catalog/store-group-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { decodeParam } from "@/lib/catalog/page-query";
import { getStoreGroupOrThrow } from "@/lib/catalog/store-groups/get-store-group-or-throw";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Store group" };

export default async function StoreGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const id = decodeParam((await params).id);
  const group = await getStoreGroupOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const members = (
    <Link href={`/catalog/stores?storeGroupId=${encodeURIComponent(group.id)}`} className="text-indigo-700 hover:underline">
      {group.storeCount} {group.storeCount === 1 ? "store" : "stores"}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={group.name}
        description={
          <>
            Store group <code>{group.id}</code> · {members}
          </>
        }
        actions={
          canWrite ? (
            <DeleteButton
              variant="danger"
              label={`Delete store group ${group.id}`}
              confirmText={`Delete store group ${group.id} (${group.name})?`}
              action={deleteStoreGroupAction.bind(null, group.id)}
              redirectTo="/catalog/store-groups"
            />
          ) : null
        }
      />
      <Card>
        {canWrite ? (
          <StoreGroupForm group={group} />
        ) : (
          <DetailList
            items={[
              { label: "Id", value: <code>{group.id}</code> },
              { label: "Name", value: group.name },
              { label: "Stores", value: members },
              { label: "Updated", value: formatDateTime(group.updatedAt, session.tenant.timeZone) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
