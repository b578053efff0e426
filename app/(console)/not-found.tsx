// A missing page or object inside the console (another tenant's id, a deleted coupon, a mistyped URL).
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export default function ConsoleNotFound() {
  return (
    <>
      <PageHeader title="Not found" description="This page does not exist, or what it shows belongs to another tenant or was archived." />
      <div className="flex gap-2">
        <ButtonLink href="/dashboard">Go to the dashboard</ButtonLink>
        <ButtonLink href="/coupons" variant="secondary">
          Coupons
        </ButtonLink>
      </div>
    </>
  );
}
