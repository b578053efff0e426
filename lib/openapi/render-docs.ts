// Renders the OpenAPI document as one self-contained HTML page (no CDN, no script): operations grouped
// by tag, each with method, path, summary, parameters, and request/response schemas as collapsible JSON.
import type { OpenApiDocument } from "@/lib/openapi/document";

type Json = Record<string, unknown>;
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

function jsonBlock(label: string, value: unknown): string {
  return `<details><summary>${escapeHtml(label)}</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;
}

function refName(schema: unknown): string | undefined {
  const ref = (schema as Json | undefined)?.$ref;
  return typeof ref === "string" ? ref.split("/").pop() : undefined;
}

function schemaLabel(schema: unknown): string {
  const name = refName(schema);
  return name ? `Schema: ${name}` : "Schema";
}

function resolve(doc: OpenApiDocument, schema: unknown): unknown {
  const name = refName(schema);
  return name ? (doc.components?.schemas as Json | undefined)?.[name] ?? schema : schema;
}

function renderOperation(doc: OpenApiDocument, method: string, path: string, op: Json): string {
  const params = (op.parameters as Json[] | undefined) ?? [];
  const paramRows = params
    .map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td><td>${p.required ? "yes" : "no"}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`)
    .join("");
  const body = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.["application/json"] as Json | undefined;
  const responses = Object.entries((op.responses as Json) ?? {})
    .map(([status, response]) => {
      const r = response as Json;
      const schema = ((r.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;
      return `<li><span class="status s${status[0]}">${escapeHtml(status)}</span> ${escapeHtml(String(r.description ?? ""))}${schema ? jsonBlock(schemaLabel(schema), resolve(doc, schema)) : ""}</li>`;
    })
    .join("");
  return `<article class="op" id="${escapeHtml(`${method}-${path}`)}">
  <h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> <span class="summary">${escapeHtml(String(op.summary ?? ""))}</span></h3>
  ${op.description ? `<p>${escapeHtml(String(op.description))}</p>` : ""}
  ${paramRows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th></tr></thead><tbody>${paramRows}</tbody></table>` : ""}
  ${body ? `<h4>Request body</h4>${jsonBlock(schemaLabel(body.schema), resolve(doc, body.schema))}` : ""}
  <h4>Responses</h4><ul class="responses">${responses}</ul>
</article>`;
}

export function renderDocsHtml(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const tag = ((op.tags as string[] | undefined) ?? ["Other"])[0];
      byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(doc, method, path, op)]);
    }
  }
  const tags = [...byTag.keys()].sort();
  const nav = tags.map((t) => `<li><a href="#tag-${escapeHtml(t)}">${escapeHtml(t)}</a></li>`).join("");
  const sections = tags.map((t) => `<section id="tag-${escapeHtml(t)}"><h2>${escapeHtml(t)}</h2>${byTag.get(t)?.join("\n")}</section>`).join("\n");
  const schemas = Object.entries((doc.components?.schemas as Json | undefined) ?? {})
    .map(([name, schema]) => jsonBlock(name, schema))
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} — API reference</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#0f172a;background:#f8fafc;line-height:1.5}
header{background:#0f172a;color:#fff;padding:1.5rem 2rem}header p{color:#cbd5e1;margin:.25rem 0 0}
main{display:grid;grid-template-columns:14rem 1fr;gap:2rem;padding:2rem;max-width:80rem;margin:auto}
nav ul{list-style:none;padding:0;position:sticky;top:1rem}nav a{color:#4338ca;text-decoration:none}
.op{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 1rem}
.op h3{margin:0;font-size:1rem;display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}.summary{font-weight:400;color:#475569}
.method{font-size:.75rem;font-weight:700;padding:.15rem .5rem;border-radius:.25rem;color:#fff}
.get{background:#0369a1}.post{background:#15803d}.put{background:#b45309}.patch{background:#7c3aed}.delete{background:#b91c1c}
table{border-collapse:collapse;margin:.5rem 0;font-size:.875rem}td,th{border:1px solid #e2e8f0;padding:.25rem .5rem;text-align:left}
pre{background:#f1f5f9;padding:.75rem;border-radius:.375rem;overflow:auto;font-size:.8rem;max-height:30rem}
summary{cursor:pointer;color:#4338ca}.responses{list-style:none;padding:0}.status{font-weight:700}.s2{color:#15803d}.s4{color:#b91c1c}
h4{margin:.75rem 0 .25rem;font-size:.875rem}
</style></head><body>
<header><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1><p>${escapeHtml(doc.info.description ?? "")}</p><p>OpenAPI ${escapeHtml(doc.openapi)} · <a style="color:#a5b4fc" href="/api/openapi.json">openapi.json</a> · Authenticate with <code>Authorization: Bearer &lt;api token&gt;</code></p></header>
<main><nav aria-label="Tags"><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<div>${sections}<section id="schemas"><h2>Schemas</h2>${schemas}</section></div></main>
</body></html>`;
}
