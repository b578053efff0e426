// The campaign form's values (flat, as HTML inputs hold them) and their translation into the API's
// CampaignInput: the form schema is CampaignInput behind a transform, so the browser, the action and
// the REST API check exactly the same rules, and errors come back under the API's field paths.
import { z } from "zod";
import type { COUPON_KINDS } from "@/lib/offers/category-schema";
import type { CampaignView } from "@/lib/pos/campaign-view";
import { CampaignInput, CampaignUpdate } from "@/lib/pos/schemas";
import { limitsFormValues, type LimitsFormValues } from "@/lib/limits/form-values";

const FormFields = z.object({
  version: z.string().optional(),
  name: z.string(),
  startDate: z.string(),
  startTime: z.string(),
  endDate: z.string(),
  endTime: z.string(),
  enabled: z.boolean(),
  warehouseID: z.string(),
  storeGroup: z.string(),
  currency: z.string(),
  kind: z.string(),
  discount: z.string(),
  productIds: z.string(),
  productCategories: z.string(),
  maxQuantity: z.string(),
  buyQuantity: z.string(),
  getQuantity: z.string(),
  shippingOptions: z.string(),
  /** The API's `limits` as is (the Limits section of the form holds that shape). */
  limits: z.custom<LimitsFormValues>().optional(),
  /** The stored award, sent back unchanged when editing (it cannot change after create). */
  lockedCategory: z.unknown().optional(),
});
export type CampaignFormValues = z.input<typeof FormFields>;

const list = (text: string) =>
  text
    .split(/[,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
const numberOrText = (text: string): number | string => (text.trim() === "" ? "" : Number.isNaN(Number(text)) ? text : Number(text));

export function awardFromForm(values: CampaignFormValues): Record<string, unknown> {
  const kind = values.kind as (typeof COUPON_KINDS)[number];
  const ids = list(values.productIds);
  const categories = list(values.productCategories);
  const products = { ...(ids.length ? { productIds: ids } : {}), ...(categories.length ? { categories } : {}) };
  const hasProducts = ids.length > 0 || categories.length > 0;
  const discount = numberOrText(values.discount);
  switch (kind) {
    case "CartLevelPercentage":
    case "CartLevelFixed":
      return { kind, discount, ...(hasProducts ? { products } : {}) };
    case "ProductLevelPercentage":
    case "ProductLevelFixed":
      return { kind, discount, products, ...(values.maxQuantity.trim() ? { maxQuantity: numberOrText(values.maxQuantity) } : {}) };
    case "BogoPercentage":
    case "BogoFixed":
      return {
        kind,
        discount,
        buy: { quantity: numberOrText(values.buyQuantity), products },
        get: { quantity: numberOrText(values.getQuantity), products },
      };
    case "FreeShipping": {
      const options = list(values.shippingOptions);
      return { kind, ...(options.length ? { shippingOptions: options } : {}) };
    }
    default:
      return { kind };
  }
}

function payload(values: CampaignFormValues): Record<string, unknown> {
  return {
    ...(values.version ? { version: values.version } : {}),
    name: values.name,
    startDate: values.startDate,
    startTime: values.startTime,
    endDate: values.endDate,
    endTime: values.endTime,
    enabled: values.enabled,
    warehouseID: values.warehouseID,
    storeGroup: values.storeGroup,
    currency: values.currency,
    category: values.lockedCategory ?? awardFromForm(values),
    ...(values.limits ? { limits: values.limits } : {}),
  };
}

export const CampaignCreateForm = FormFields.transform(payload).pipe(CampaignInput);
export const CampaignEditForm = FormFields.transform(payload).pipe(CampaignUpdate);

export function campaignFormDefaults(campaign?: CampaignView): CampaignFormValues {
  const c = campaign?.category as Record<string, unknown> | undefined;
  const filter = (c?.products ?? (c?.buy as { products?: unknown } | undefined)?.products) as
    { productIds?: string[]; categories?: string[] } | undefined;
  return {
    version: campaign?.version,
    name: campaign?.name ?? "",
    startDate: campaign?.startDate ?? new Date().toISOString().slice(0, 10),
    startTime: campaign?.startTime ?? "",
    endDate: campaign?.endDate ?? "",
    endTime: campaign?.endTime ?? "",
    enabled: campaign?.enabled ?? true,
    warehouseID: campaign?.warehouseID ?? "",
    storeGroup: campaign?.storeGroup ?? "",
    currency: campaign?.currency ?? "EUR",
    kind: String(c?.kind ?? "CartLevelPercentage"),
    discount: c?.discount === undefined ? "" : String(c.discount),
    productIds: filter?.productIds?.join(", ") ?? "",
    productCategories: filter?.categories?.join(", ") ?? "",
    maxQuantity: c?.maxQuantity === undefined ? "" : String(c.maxQuantity),
    buyQuantity: String((c?.buy as { quantity?: number } | undefined)?.quantity ?? 1),
    getQuantity: String((c?.get as { quantity?: number } | undefined)?.quantity ?? 1),
    shippingOptions: ((c?.shippingOptions as string[] | undefined) ?? []).join(", "),
    limits: limitsFormValues(campaign?.limits),
    ...(campaign ? { lockedCategory: campaign.category } : {}),
  };
}
