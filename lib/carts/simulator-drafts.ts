// The drafts a simulation link names (`&drafts=`): validated with the batch runs' drafts field, resolved
// to their versions, and named for the page, which says which drafts the result includes.
import { draftChoiceOf, type DraftChoice } from "@/lib/batch/list-draft-choices";
import { DraftsField } from "@/lib/batch/schemas";
import { decodeSimulation } from "@/lib/carts/simulation-url";
import { isAppError } from "@/lib/errors";
import { resolveDraftRefs, type DraftOverlay } from "@/lib/versions/draft-offers";

export type SimulatorDrafts = { overlays: DraftOverlay[]; chosen: DraftChoice[]; problem: string | null };

export async function resolveSimulatorDrafts(tenantId: string, encoded: string | undefined): Promise<SimulatorDrafts> {
  if (!encoded) return { overlays: [], chosen: [], problem: null };
  const parsed = DraftsField.safeParse(decodeSimulation(encoded));
  if (!parsed.success) return { overlays: [], chosen: [], problem: "The drafts in this link are damaged; they are left out." };
  try {
    const overlays = await resolveDraftRefs(tenantId, parsed.data);
    const chosen = overlays.map((o) => draftChoiceOf(o.kind, o.offerId, o.number ?? 0, o.snapshot));
    return { overlays, chosen, problem: null };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found")
      return { overlays: [], chosen: [], problem: `${error.message}; the drafts are left out.` };
    throw error;
  }
}
