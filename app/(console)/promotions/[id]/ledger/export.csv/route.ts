// GET /promotions/{id}/ledger/export.csv: the ledger page's rows (its filters) as CSV, streamed.
import { ledgerCsvResponse } from "@/lib/ledger/csv-response";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return ledgerCsvResponse(request, "promotion", (await params).id);
}
