import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { deleteProductAction } from "@/app/(console)/catalog/actions";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DetailList } from "@/components/catalog/detail-list";
import { ProductForm } from "@/components/catalog/product-form";
import { formatDateTime, formatPrice } from "@/components/catalog/format";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { decodeParam } from "@/lib/catalog/page-query";
import { getProductOrThrow } from "@/lib/catalog/products/get-product-or-throw";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const id = decodeParam((await params).id);
  const product = await getProductOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const canWrite = hasRole(session.actor.role, ROLES.write);
  const deleteAction = deleteProductAction.bind(null, product.id);
  return (
    <>
      <PageHeader
        title={product.name}
        description={
          <>
            SKU <code>{product.id}</code>
          </>
        }
        actions={
          canWrite ? (
            <DeleteButton
              variant="danger"
              label={`Delete product ${product.id}`}
              confirmText={`Delete product ${product.id} (${product.name})?`}
              action={deleteAction}
              redirectTo="/catalog/products"
            />
          ) : null
        }
      />
      <Card>
        {canWrite ? (
          <ProductForm product={product} />
        ) : (
          <DetailList
            items={[
              { label: "SKU", value: <code>{product.id}</code> },
              { label: "Name", value: product.name },
              { label: "Prices", value: product.prices.map(formatPrice).join(" · ") || "—" },
              {
                label: "Categories",
                value: product.categories.length ? (
                  <span className="flex flex-wrap gap-1">
                    {product.categories.map((c) => (
                      <Badge key={c}>{c}</Badge>
                    ))}
                  </span>
                ) : (
                  "—"
                ),
              },
              {
                label: "Attributes",
                value:
                  Object.entries(product.attributes)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(", ") || "—",
              },
              { label: "Updated", value: formatDateTime(product.updatedAt, session.tenant.timeZone) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
