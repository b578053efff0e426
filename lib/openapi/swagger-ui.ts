// /api/docs: Swagger UI (swagger-ui-dist, served from our own node_modules: no CDN) over
// /api/openapi.json, with try-it-out against this instance. Swagger UI rather than Redoc because Redoc
// has no try-it-out; rather than Scalar because @scalar/api-reference declares Node >= 22 and we run 20.
import { readFile } from "node:fs/promises";
import path from "node:path";

export const DOCS_ASSET_PATH = "/api/docs/assets";

const ASSETS: Record<string, string> = {
  "swagger-ui.css": "text/css; charset=utf-8",
  "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
  "favicon-32x32.png": "image/png",
};

/** One of the whitelisted Swagger UI files, or null: nothing else under node_modules is reachable. */
export async function readDocsAsset(name: string): Promise<{ body: Buffer; contentType: string } | null> {
  const contentType = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!contentType) return null;
  // next start runs from the app root; the package ships plain files, so they are read, not bundled.
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", name));
  return { body, contentType };
}

export function docsPageHtml(): string {
  const config = {
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // Tags start collapsed: with every tag expanded, Swagger UI 5 stopped rendering after the first tag once
    // the document passed ~130 operations (no error, the other 16 tags never appeared).
    docExpansion: "none",
    tryItOutEnabled: false,
    persistAuthorization: true,
    displayRequestDuration: true,
    // The default validator badge calls a public server; we send nothing off this instance.
    validatorUrl: null,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Couponsmith API reference</title>
<link rel="icon" type="image/png" href="${DOCS_ASSET_PATH}/favicon-32x32.png">
<link rel="stylesheet" href="${DOCS_ASSET_PATH}/swagger-ui.css">
<style>body{margin:0}</style>
</head>
<body>
<div id="swagger-ui"></div>
<script src="${DOCS_ASSET_PATH}/swagger-ui-bundle.js"></script>
<script>
window.ui = SwaggerUIBundle(Object.assign(${JSON.stringify(config)}, { presets: [SwaggerUIBundle.presets.apis], layout: "BaseLayout" }));
</script>
</body>
</html>`;
}
