// Creates, replaces or deletes one customer. The lifetime total arrives in major units and is stored in minor units.
import type { Actor } from "@/lib/auth/actor";
import { diffFields, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { auditedCustomerFields, toCustomerColumns, toCustomerView, type CustomerView } from "@/lib/catalog/customers/customer-view";
import type { CustomerInput, CustomerUpdate } from "@/lib/catalog/schemas";
import { assertVersion, assertWritten } from "@/lib/catalog/version";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function createCustomer(actor: Actor, input: CustomerInput): Promise<CustomerView> {
  return db().$transaction(async (tx) => {
    const exists = await tx.customer.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id: input.id } } });
    if (exists)
      throw new AppError("conflict", `Customer ${input.id} already exists`, {
        causes: [{ field: "id", message: "Already used by another customer", code: "duplicate" }],
      });
    const row = await tx.customer.create({ data: { tenantId: actor.tenantId, id: input.id, ...toCustomerColumns(input) } });
    const view = toCustomerView(row);
    await recordAuditEvent(tx, actor, {
      action: "create",
      objectType: "customer",
      objectId: row.id,
      changes: { id: view.id, ...auditedCustomerFields(view) },
    });
    return view;
  });
}

export async function updateCustomer(actor: Actor, id: string, input: CustomerUpdate): Promise<CustomerView> {
  return db().$transaction(async (tx) => {
    const before = await tx.customer.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!before) throw AppError.notFound(`Customer ${id}`);
    assertVersion(`customer ${id}`, before.version, input.version);
    const { count } = await tx.customer.updateMany({
      where: { tenantId: actor.tenantId, id, version: before.version },
      data: { ...toCustomerColumns(input), version: { increment: 1 } },
    });
    const row = assertWritten(
      `customer ${id}`,
      count,
      await tx.customer.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } }),
    );
    const view = toCustomerView(row);
    await recordAuditEvent(tx, actor, {
      action: "update",
      objectType: "customer",
      objectId: id,
      changes: diffFields(auditedCustomerFields(toCustomerView(before)), auditedCustomerFields(view)),
    });
    return view;
  });
}

export async function deleteCustomer(actor: Actor, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.customer.findUnique({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    if (!before) throw AppError.notFound(`Customer ${id}`);
    await tx.customer.delete({ where: { tenantId_id: { tenantId: actor.tenantId, id } } });
    await recordAuditEvent(tx, actor, {
      action: "delete",
      objectType: "customer",
      objectId: id,
      changes: { id, ...auditedCustomerFields(toCustomerView(before)) },
    });
  });
}
