import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { deleteCustomerAction } from "@/app/(console)/catalog/actions";
import { CustomerForm } from "@/components/catalog/customer-form";
import { DeleteButton } from "@/components/catalog/delete-button";
import { DetailList } from "@/components/catalog/detail-list";
import { formatDateTime, formatPrice } from "@/components/catalog/format";
import { Card, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { getCustomerOrThrow } from "@/lib/catalog/customers/get-customer-or-throw";
import { decodeParam } from "@/lib/catalog/page-query";
import { isAppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireConsoleSession();
  const id = decodeParam((await params).id);
  const customer = await getCustomerOrThrow(session.tenant.id, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const canWrite = hasRole(session.actor.role, ROLES.write);
  return (
    <>
      <PageHeader
        title={customer.name}
        description={
          <>
            Customer <code>{customer.id}</code>
          </>
        }
        actions={
          canWrite ? (
            <DeleteButton
              variant="danger"
              label={`Delete customer ${customer.id}`}
              confirmText={`Delete customer ${customer.id} (${customer.name})?`}
              action={deleteCustomerAction.bind(null, customer.id)}
              redirectTo="/catalog/customers"
            />
          ) : null
        }
      />
      <Card>
        {canWrite ? (
          <CustomerForm customer={customer} />
        ) : (
          <DetailList
            items={[
              { label: "Id", value: <code>{customer.id}</code> },
              { label: "Name", value: customer.name },
              { label: "Email", value: customer.email ?? "—" },
              { label: "Segments", value: customer.segments.map((s) => `${s.key}: ${s.value}`).join(", ") || "—" },
              { label: "Reward points", value: customer.rewardPoints.toLocaleString("en") },
              { label: "Lifetime purchases", value: formatPrice({ currency: customer.currency, amount: customer.lifetimePurchaseTotal }) },
              { label: "Updated", value: formatDateTime(customer.updatedAt, session.tenant.timeZone) },
            ]}
          />
        )}
      </Card>
    </>
  );
}
