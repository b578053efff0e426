import type { Metadata } from "next";
import { NewCatalogItemPage } from "@/app/(console)/catalog/new-item-page";
import { CustomerForm } from "@/components/catalog/customer-form";

export const metadata: Metadata = { title: "New customer" };

export default function NewCustomerPage() {
  return <NewCatalogItemPage title="New customer" form={() => <CustomerForm />} />;
}
