import type { Metadata } from "next";
import { NewCatalogItemPage } from "@/app/(console)/catalog/new-item-page";
import { ProductForm } from "@/components/catalog/product-form";

export const metadata: Metadata = { title: "New product" };

export default function NewProductPage() {
  return <NewCatalogItemPage title="New product" form={() => <ProductForm />} />;
}
