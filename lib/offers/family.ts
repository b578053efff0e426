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
