// POST /api/v1/products/imports upserts products from a catalog CSV (multipart/form-data, field `import`) and reports rejected rows.
import { ROLES } from "@/lib/auth/roles";
import { importProducts } from "@/lib/catalog/products/import-products";
import { env } from "@/lib/env";
import { apiRoute, json } from "@/lib/http/api-route";
import { decodeUtf8, readImportFile } from "@/lib/http/read-import-file";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const POST = apiRoute({ roles: ROLES.write }, async ({ actor, request }) => {
  const file = await readImportFile(request, env().IMPORT_MAX_FILE_BYTES);
  const productsImport = await importProducts(actor, decodeUtf8(file.bytes), { maxRows: env().IMPORT_MAX_ROWS });
  return json({ productsImport });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
