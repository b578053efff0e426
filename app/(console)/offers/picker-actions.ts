"use server";
// Catalog look-ups for the offer form's pickers (any signed-in role may read the catalog).
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { findCustomers, searchCustomers } from "@/lib/offers/pickers/search-customers";
import { searchProducts } from "@/lib/offers/pickers/search-products";
import { identifier, text } from "@/lib/validation/text";
import { parseOrThrow } from "@/lib/zod-issues";

export async function searchProductsAction(q: string) {
  return runAction(ROLES.read, async (actor) => searchProducts(actor.tenantId, parseOrThrow(text("q").max(100), q)));
}

export async function searchCustomersAction(q: string) {
  return runAction(ROLES.read, async (actor) => searchCustomers(actor.tenantId, parseOrThrow(text("q").max(100), q)));
}

export async function findCustomersAction(ids: string[]) {
  return runAction(ROLES.read, async (actor) =>
    findCustomers(actor.tenantId, parseOrThrow(z.array(identifier("ids").max(100)).max(10_000), ids)),
  );
}
