// Every read and write of the legacy domain outside the checkout path (pricing-queries.ts holds those),
// with the tenant id inside every where.
export * from "@/lib/legacy/queries/discount-rules";
export * from "@/lib/legacy/queries/templates";
export * from "@/lib/legacy/queries/coupons";
export * from "@/lib/legacy/queries/console";
