import { PageHeader, Notice } from "@/components/ui/page-header";

/** An honest placeholder for a console area whose issue is still open. */
export function NotBuiltYet({ title, what }: { title: string; what: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Notice>Not built yet: {what} This area is planned; nothing here pretends to work.</Notice>
    </>
  );
}
