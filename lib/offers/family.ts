// Coupons and automatic promotions share one table and one set of services; this is what differs.
export type Family = "coupon" | "promotion";

export type FamilyInfo = {
  family: Family;
  /** objectType in the audit log, and the envelope key of the API (`{ coupon: … }`). */
  objectType: Family;
  label: string;
  plural: string;
  apiPath: string;
  consolePath: string;
};

export const FAMILIES: Record<Family, FamilyInfo> = {
  coupon: {
    family: "coupon",
    objectType: "coupon",
    label: "Coupon",
    plural: "Coupons",
    apiPath: "/api/v1/coupons",
    consolePath: "/coupons",
  },
  promotion: {
    family: "promotion",
    objectType: "promotion",
    label: "Promotion",
    plural: "Promotions",
    apiPath: "/api/v1/promotions",
    consolePath: "/promotions",
  },
};

/** The console page of an offer of any kind: a coupon, an automatic promotion, or a POS campaign. */
export function offerConsolePath(kind: string, id: string): string {
  const base =
    kind === "pos_campaign" ? "/pos/campaigns" : kind === "promotion" ? FAMILIES.promotion.consolePath : FAMILIES.coupon.consolePath;
  return `${base}/${encodeURIComponent(id)}`;
}
