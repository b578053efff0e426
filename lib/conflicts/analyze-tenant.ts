// The tenant's findings now: the loader's input analyzed, as views. Shared by the REST list, the
// dashboard panel and the offer page.
import { analyzeConflicts } from "@/lib/conflicts/analyze-conflicts";
import { toFindingViews } from "@/lib/conflicts/finding-view";
import { loadAnalysisInput } from "@/lib/conflicts/load-analysis-input";
import type { FindingView } from "@/lib/conflicts/schemas";

export async function analyzeTenant(tenantId: string, now = new Date()): Promise<FindingView[]> {
  const input = await loadAnalysisInput(tenantId, now);
  return toFindingViews(input, analyzeConflicts(input));
}
