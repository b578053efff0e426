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
import { simulateCart } from "@/lib/carts/simulate-cart";
import { CartRequestSchema } from "@/lib/carts/schemas";
import { decodeSimulation } from "@/lib/carts/simulation-url";
import type { CartRequest } from "@/lib/pricing";
import { fieldInWords, plainMessage } from "@/lib/forms/plain-messages";
import { causesFromZod } from "@/lib/zod-issues";

export const metadata: Metadata = { title: "Cart Simulator" };

const CURRENCIES = ["EUR", "USD", "JPY", "GBP", "CHF", "KWD"];

export default async function SimulatorPage({ searchParams }: { searchParams: Promise<{ cart?: string }> }) {
  const session = await requireConsoleSession();
  const { cart: encoded } = await searchParams;
  const raw = decodeSimulation(encoded);
  const parsed = raw === undefined ? undefined : CartRequestSchema.safeParse(raw);
  const stores = (await listStores(session.tenant.id, { page: 1, count: 100 })).items;
  const simulation = parsed?.success ? await simulateCart(session.tenant.id, parsed.data) : undefined;
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
          key={encoded ?? "empty"}
          initial={initial}
          stores={stores}
          currencies={CURRENCIES}
          tenantTimeZone={session.tenant.timeZone}
        />
        <div>
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
