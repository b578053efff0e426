import { offersCsvResponse } from "@/lib/offers/export-response";

export async function GET(request: Request) {
  return offersCsvResponse(request, "promotion");
}
