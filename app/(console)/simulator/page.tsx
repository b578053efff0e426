import type { Metadata } from "next";
import { SalePrintPanel } from "@/components/pos/sale-print-panel";
import { SaveScenarioForm } from "@/components/scenarios/save-scenario-form";
import { SimulationResult } from "@/components/simulator/simulation-result";
import { SimulatorForm } from "@/components/simulator/simulator-form";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { hasRole, ROLES } from "@/lib/auth/roles";
import { requireConsoleSession } from "@/lib/auth/session";
import { productNames } from "@/lib/catalog/products/product-names";
import { listStores } from "@/lib/catalog/stores/list-stores";
import { listDraftChoices } from "@/lib/batch/list-draft-choices";
import { simulateCart } from "@/lib/carts/simulate-cart";
import { resolveSimulatorDrafts } from "@/lib/carts/simulator-drafts";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { decodeSimulation } from "@/lib/carts/simulation-url";
import type { CartRequest } from "@/lib/pricing";
import { fieldInWords, plainMessage } from "@/lib/forms/plain-messages";
import { causesFromZod } from "@/lib/zod-issues";

export const metadata: Metadata = { title: "Cart Simulator" };

const CURRENCIES = ["EUR", "USD", "JPY", "GBP", "CHF", "KWD"];

export default async function SimulatorPage({ searchParams }: { searchParams: Promise<{ cart?: string; drafts?: string }> }) {
  const session = await requireConsoleSession();
  const { cart: encoded, drafts: encodedDrafts } = await searchParams;
  const raw = decodeSimulation(encoded);
  const parsed = raw === undefined ? undefined : CartRequestSchema.safeParse(raw);
  const [stores, drafts, choices] = await Promise.all([
    listStores(session.tenant.id, { page: 1, count: 100 }).then((page) => page.items),
    resolveSimulatorDrafts(session.tenant.id, encodedDrafts),
    listDraftChoices(session.tenant.id),
  ]);
  const simulation = parsed?.success ? await simulateCart(session.tenant.id, parsed.data, new Date(), drafts.overlays) : undefined;
  const result = simulation?.cart;
  const names = result
    ? await productNames(
        session.tenant.id,
        result.items.map((item) => item.productId),
      )
    : {};
  const initial = (
    parsed?.success ? parsed.data : raw && typeof raw === "object" ? raw : { currency: "EUR", items: [] }
  ) as Partial<CartRequest>;
  return (
    <>
      <PageHeader
        title="Cart Simulator"
        description="See exactly what checkout will do: the same engine and service as POST /api/v1/promotions/cart. The cart lives in the URL, so you can share a simulation by link."
      />
      <div className="grid gap-8 xl:grid-cols-2">
        <SimulatorForm
          key={`${encoded ?? "empty"}|${encodedDrafts ?? ""}`}
          initial={initial}
          draftChoices={[...drafts.chosen, ...choices.filter((c) => !drafts.chosen.some((d) => d.kind === c.kind && d.id === c.id))]}
          initialDrafts={drafts.chosen}
          stores={stores}
          currencies={CURRENCIES}
          tenantTimeZone={session.tenant.timeZone}
        />
        <div>
          {drafts.problem ? <Notice tone="error">{drafts.problem}</Notice> : null}
          {drafts.chosen.length > 0 ? (
            <div className="mb-4">
              <Notice>
                <p className="font-medium">Priced with live offers plus these drafts (checkout does not see them):</p>
                <ul aria-label="Drafts included" className="mt-1 list-disc pl-5">
                  {drafts.chosen.map((d) => (
                    <li key={`${d.kind}:${d.id}`}>{d.label}</li>
                  ))}
                </ul>
              </Notice>
            </div>
          ) : (
            <p className="mb-4 text-sm text-slate-600">Priced with the live offers only, as checkout prices it.</p>
          )}
          {encoded && !parsed ? <Notice tone="error">This simulation link is damaged; start over.</Notice> : null}
          {parsed && !parsed.success ? (
            <Notice tone="error">
              <p className="font-medium">The cart cannot be priced:</p>
              <ul className="mt-1 list-disc pl-5">
                {causesFromZod(parsed.error).map((c, i) => (
                  <li key={i}>
                    {c.field ? `${fieldInWords(c.field)}: ` : ""}
                    {plainMessage(c.message)}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          {simulation && result ? (
            <SimulationResult
              cart={result}
              lines={simulation.lines}
              productNames={names}
              legacyCodes={simulation.legacyCodes}
              remaining={simulation.remaining}
            />
          ) : !encoded ? (
            <Notice>Add products and press “Apply discounts”.</Notice>
          ) : null}
          {result && parsed?.success ? (
            <div className="mt-6 space-y-6">
              {hasRole(session.actor.role, ROLES.write) ? <SaveScenarioForm request={parsed.data} /> : null}
              <SalePrintPanel tenantId={session.tenant.id} request={parsed.data} cart={result} />
            </div>
          ) : null}
        </div>
      </div>
    </>
  );
}
