// Creates, replaces or deletes one product. Prices arrive in major units and are stored in minor units.
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { productFacts, toProductColumns, toProductView, type ProductView } from "@/lib/catalog/products/product-view";
import type { ProductInput, ProductUpdate } from "@/lib/catalog/schemas";
import { assertVersion, assertWritten } from "@/lib/catalog/version";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function createProduct(actor: Actor, input: ProductInput): Promise<ProductView> {
  return db().$transaction(async (tx) => {
    const exists = await tx.product.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id: input.id } } });
    if (exists)
      throw new AppError("conflict", `Product ${input.id} already exists`, {
        causes: [{ field: "id", message: "Already used by another product", code: "duplicate" }],
      });
    const row = await tx.product.create({ data: { tenantId: actor.tenantId, id: input.id, ...toProductColumns(input) } });
    const view = toProductView(row);
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "product",
      objectId: row.id,
      changes: { id: view.id, ...productFacts(view) },
    });
    return view;
  });
}

export async function updateProduct(actor: Actor, id: string, input: ProductUpdate): Promise<ProductView> {
  return db().$transaction(async (tx) => {
    const before = await tx.product.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!before) throw AppError.notFound(`Product ${id}`);
    assertVersion(`product ${id}`, before.version, input.version);
    const { count } = await tx.product.updateMany({
      where: { tenantId: actor.tenantId, id, version: before.version },
      data: { ...toProductColumns(input), version: { increment: 1 } },
    });
    const row = assertWritten(
      `product ${id}`,
      count,
      await tx.product.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } }),
    );
    const view = toProductView(row);
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "product",
      objectId: id,
      changes: diffFields(productFacts(toProductView(before)), productFacts(view)),
    });
    return view;
  });
}

export async function deleteProduct(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.product.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!before) throw AppError.notFound(`Product ${id}`);
    await tx.product.delete({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    await recordAuditEvent(tx, actor, {
      action: "delete",
      objectType: "product",
      objectId: id,
      changes: { id, ...productFacts(toProductView(before)) },
    });
  });
}
