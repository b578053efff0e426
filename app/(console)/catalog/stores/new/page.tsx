import type { Metadata } from "next";
import { NewCatalogItemPage } from "@/app/(console)/catalog/new-item-page";
import { StoreForm } from "@/components/catalog/store-form";
import { listStoreGroupOptions } from "@/lib/catalog/store-groups/list-store-groups";

export const metadata: Metadata = { title: "New store" };

export default function NewStorePage() {
  return (
    <NewCatalogItemPage
      title="New store"
      form={async (session) => (
        <StoreForm
          groups={await listStoreGroupOptions(session.tenant.id)}
          tenantZone={session.tenant.timeZone}
          zones={Intl.supportedValuesOf("timeZone")}
        />
      )}
    />
  );
}
