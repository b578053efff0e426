"use server";
// Thin actions for the catalog: authorize (admins and marketers write), parse with the API's schemas,
// call the same operation as the REST route, refresh the list.
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { ROLES } from "@/lib/auth/roles";
import { createCustomer, deleteCustomer, updateCustomer } from "@/lib/catalog/customers/save-customer";
import { createProduct, deleteProduct, updateProduct } from "@/lib/catalog/products/save-product";
import {
  CustomerInput,
  CustomerUpdate,
  ExternalId,
  ProductInput,
  ProductUpdate,
  StoreGroupInput,
  StoreGroupUpdate,
  StoreInput,
  StoreUpdate,
} from "@/lib/catalog/schemas";
import { createStoreGroup, deleteStoreGroup, updateStoreGroup } from "@/lib/catalog/store-groups/save-store-group";
import { createStore, deleteStore, updateStore } from "@/lib/catalog/stores/save-store";
import { parseOrThrow } from "@/lib/zod-issues";

const id = (value: unknown) => parseOrThrow(ExternalId, value);

/** Refreshes the list after a change; a refused change leaves the page as it is (and its error message). */
function done<T extends { ok: boolean }>(path: string, result: T): T {
  if (result.ok) revalidatePath(path);
  return result;
}

export async function createProductAction(input: unknown) {
  return done("/catalog/products", await runAction(ROLES.write, (actor) => createProduct(actor, parseOrThrow(ProductInput, input))));
}
export async function updateProductAction(productId: string, input: unknown) {
  return done(
    "/catalog/products",
    await runAction(ROLES.write, (actor) => updateProduct(actor, id(productId), parseOrThrow(ProductUpdate, input))),
  );
}
export async function deleteProductAction(productId: string) {
  return done("/catalog/products", await runAction(ROLES.write, (actor) => deleteProduct(actor, id(productId))));
}

export async function createStoreAction(input: unknown) {
  return done("/catalog/stores", await runAction(ROLES.write, (actor) => createStore(actor, parseOrThrow(StoreInput, input))));
}
export async function updateStoreAction(storeId: string, input: unknown) {
  return done(
    "/catalog/stores",
    await runAction(ROLES.write, (actor) => updateStore(actor, id(storeId), parseOrThrow(StoreUpdate, input))),
  );
}
export async function deleteStoreAction(storeId: string) {
  return done("/catalog/stores", await runAction(ROLES.write, (actor) => deleteStore(actor, id(storeId))));
}

export async function createStoreGroupAction(input: unknown) {
  return done(
    "/catalog/store-groups",
    await runAction(ROLES.write, (actor) => createStoreGroup(actor, parseOrThrow(StoreGroupInput, input))),
  );
}
export async function updateStoreGroupAction(groupId: string, input: unknown) {
  return done(
    "/catalog/store-groups",
    await runAction(ROLES.write, (actor) => updateStoreGroup(actor, id(groupId), parseOrThrow(StoreGroupUpdate, input))),
  );
}
export async function deleteStoreGroupAction(groupId: string) {
  return done("/catalog/store-groups", await runAction(ROLES.write, (actor) => deleteStoreGroup(actor, id(groupId))));
}

export async function createCustomerAction(input: unknown) {
  return done("/catalog/customers", await runAction(ROLES.write, (actor) => createCustomer(actor, parseOrThrow(CustomerInput, input))));
}
export async function updateCustomerAction(customerId: string, input: unknown) {
  return done(
    "/catalog/customers",
    await runAction(ROLES.write, (actor) => updateCustomer(actor, id(customerId), parseOrThrow(CustomerUpdate, input))),
  );
}
export async function deleteCustomerAction(customerId: string) {
  return done("/catalog/customers", await runAction(ROLES.write, (actor) => deleteCustomer(actor, id(customerId))));
}
