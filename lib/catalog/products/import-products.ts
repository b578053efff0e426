// Imports a product catalog CSV: valid rows are upserted (one transaction per batch, one multi-row SQL
// statement per batch, since row-by-row writes are far too slow for catalogs of 100,000 products), and
// every created or changed product gets its audit event in the same transaction.
import type { Actor } from "@/lib/auth/actor";
import { diffFields, type AuditInput } from "@/lib/audit/record-audit-event";
import { recordAuditEvents } from "@/lib/audit/record-audit-events";
import { parseProductCsv } from "@/lib/catalog/products/product-csv";
import { productFacts, toProductColumns, toProductView } from "@/lib/catalog/products/product-view";
import type { ProductInput } from "@/lib/catalog/schemas";
import type { ProductsImportView } from "@/lib/catalog/view-schemas";
import { db, type Tx } from "@/lib/db/client";
import { sqlJson } from "@/lib/db/sql-json";
import { Prisma } from "@/lib/generated/sqlite/client";

export type ProductsImportResult = ProductsImportView;

/** 500 rows × 8 parameters stays far below SQLite's and PostgreSQL's parameter limits. */
const BATCH_ROWS = 500;
/** The answer lists at most this many errors; the counts stay exact. */
const MAX_REPORTED_ERRORS = 1000;

export async function importProducts(actor: Actor, csvText: string, limits: { maxRows: number }): Promise<ProductsImportResult> {
  const parsed = parseProductCsv(csvText, limits);
  for (let start = 0; start < parsed.products.length; start += BATCH_ROWS) {
    const batch = parsed.products.slice(start, start + BATCH_ROWS).map((p) => p.product);
    await db().$transaction((tx) => upsertBatch(tx, actor, batch), { timeout: 60_000 });
  }
  return {
    totalRows: parsed.totalRows,
    importedCount: parsed.products.length,
    rejectedCount: parsed.rejectedRows,
    errors: parsed.errors.slice(0, MAX_REPORTED_ERRORS),
  };
}

async function upsertBatch(tx: Tx, actor: Actor, products: ProductInput[]): Promise<void> {
  const tenantId = actor.tenantId;
  const existing = await tx.product.findMany({ where: { tenantId, id: { in: products.map((p) => p.id) } } });
  const before = new Map(existing.map((row) => [row.id, productFacts(toProductView(row))]));
  const now = new Date();
  const audit: AuditInput[] = [];
  const values: Prisma.Sql[] = [];
  for (const product of products) {
    const columns = toProductColumns(product);
    const after = productFacts(product);
    const old = before.get(product.id);
    const changes = old ? diffFields(old, after) : { id: product.id, ...after };
    if (old && Object.keys(changes).length === 0) continue; // unchanged: no write, no audit event
    values.push(
      Prisma.sql`(${tenantId}, ${product.id}, ${columns.name}, ${sqlJson(columns.categories)}, ${sqlJson(columns.attributes)}, ${sqlJson(columns.prices)}, ${now}, ${now})`,
    );
    audit.push({ action: old ? "update" : "create", objectType: "product", objectId: product.id, changes });
  }
  if (values.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "Product" ("tenantId", "id", "name", "categories", "attributes", "prices", "createdAt", "updatedAt")
    VALUES ${Prisma.join(values)}
    ON CONFLICT ("tenantId", "id") DO UPDATE SET
      "name" = excluded."name", "categories" = excluded."categories", "attributes" = excluded."attributes",
      "prices" = excluded."prices", "version" = "Product"."version" + 1, "updatedAt" = excluded."updatedAt"`;
  await recordAuditEvents(tx, actor, audit);
}
