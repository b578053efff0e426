// The customer as the API and console show it: the lifetime total in major units of the main currency.
import type { CustomerInput } from "@/lib/catalog/schemas";
import type { CustomerView } from "@/lib/catalog/view-schemas";
import { MAIN_CURRENCY, toMajor, toMinor } from "@/lib/money/currency";

export type { CustomerView };

type CustomerRow = {
  id: string;
  name: string;
  email: string | null;
  segments: unknown;
  rewardPoints: number;
  lifetimePurchaseTotal: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

function readSegments(value: unknown): { key: string; value: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter((s) => typeof s?.key === "string" && typeof s?.value === "string").map((s) => ({ key: s.key, value: s.value }));
}

export function toCustomerView(row: CustomerRow): CustomerView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    segments: readSegments(row.segments),
    rewardPoints: row.rewardPoints,
    lifetimePurchaseTotal: toMajor(row.lifetimePurchaseTotal, MAIN_CURRENCY),
    currency: MAIN_CURRENCY,
    version: String(row.version),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toCustomerColumns(input: Omit<CustomerInput, "id">) {
  return {
    name: input.name,
    email: input.email ?? null,
    segments: input.segments,
    rewardPoints: input.rewardPoints,
    lifetimePurchaseTotal: toMinor(input.lifetimePurchaseTotal, MAIN_CURRENCY),
  };
}

/** The fields an audit diff compares, in the units the API speaks. */
export function auditedCustomerFields(view: CustomerView) {
  return {
    name: view.name,
    email: view.email,
    segments: view.segments,
    rewardPoints: view.rewardPoints,
    lifetimePurchaseTotal: view.lifetimePurchaseTotal,
  };
}
