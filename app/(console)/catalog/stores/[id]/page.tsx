import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { deleteStoreAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DetailList } from "@/components/catalog/detail-list";
import { formatDateTime } from "@/components/catalog/format";
import { StoreForm } from "@/components/catalog/store-form";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { decodeParam } from "@/lib/catalog/page-query";
import { listStoreGroupOptions } from "@/lib/catalog/store-groups/list-store-groups";
import { getStoreOrThrow } from "@/lib/catalog/stores/get-store-or-throw";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Store" };

export default async function StorePage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const id = decodeParam((await params).id);
  const store = await getStoreOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const groups = await listStoreGroupOptions(session.tenant.id);
  const groupName = groups.find((g) => g.id === store.storeGroupId)?.name;
  return (
    <>
      <PageHeader
        title={store.name}
        description={
          <>
            Store <code>{store.id}</code>
          </>
        }
        actions={
          canWrite ? (
            <DeleteButton
              variant="danger"
              label={`Delete store ${store.id}`}
              confirmText={`Delete store ${store.id} (${store.name})?`}
              action={deleteStoreAction.bind(null, store.id)}
              redirectTo="/catalog/stores"
            />
          ) : null
        }
      />
      <Card>
        {canWrite ? (
          <StoreForm store={store} groups={groups} tenantZone={session.tenant.timeZone} zones={Intl.supportedValuesOf("timeZone")} />
        ) : (
          <DetailList
            items={[
              { label: "Id", value: <code>{store.id}</code> },
              { label: "Name", value: store.name },
              { label: "Time zone", value: store.timeZone ?? `tenant zone (${session.tenant.timeZone})` },
              { label: "Store group", value: store.storeGroupId ? `${groupName ?? store.storeGroupId} (${store.storeGroupId})` : "—" },
              { label: "Updated", value: formatDateTime(store.updatedAt, session.tenant.timeZone) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
