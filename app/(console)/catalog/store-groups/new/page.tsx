import type { Metadata } from "next";
import { NewCatalogItemPage } from "@/app/(console)/catalog/new-item-page";
import { StoreGroupForm } from "@/components/catalog/store-group-form";

export const metadata: Metadata = { title: "New store group" };

export default function NewStoreGroupPage() {
  return <NewCatalogItemPage title="New store group" form={() => <StoreGroupForm />} />;
}
