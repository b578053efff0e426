"use client";
// Upload of a product catalog CSV: pick or drop a file, check the preview, import, read the per-row report.
import { useRouter } from "next/navigation";
import { useId, useState, type DragEvent } from "react";
import { previewCsv, PREVIEW_ROWS, type Preview } from "@/components/catalog/csv-preview";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/page-header";
import type { ProductsImportResult } from "@/lib/catalog/products/import-products";
import { formatBytes } from "@/lib/http/format-bytes";

type ErrorBody = { message?: string; causes?: { field?: string; message: string }[] };

export function ProductImport({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<ProductsImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState(false);

  async function choose(next: File | undefined) {
    setResult(null);
    setError(null);
    setPreview(null);
    setFile(next ?? null);
    if (!next) return;
    if (next.size > maxBytes) {
      setError(`${next.name} is ${formatBytes(next.size)}; the import limit is ${formatBytes(maxBytes)}.`);
      return;
    }
    try {
      setPreview(await previewCsv(next));
    } catch {
      setError(`${next.name} could not be read as CSV.`);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  }

  async function upload() {
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      const form = new FormData();
      form.set("import", file);
      const response = await fetch("/api/v1/products/imports", { method: "POST", body: form });
      const body = (await response.json().catch(() => ({}))) as { productsImport?: ProductsImportResult } & ErrorBody;
      if (!response.ok || !body.productsImport) {
        const causes = body.causes?.map((c) => c.message).join(" ") ?? "";
        setError(`${body.message ?? `The import failed (HTTP ${response.status}).`} ${causes}`.trim());
        return;
      }
      setResult(body.productsImport);
      router.refresh();
    } catch {
      setError("The upload did not reach the server; check the connection and try again.");
    } finally {
      setUploading(false);
    }
  }

  const problemRows = preview?.rows.filter((r) => r.errors.length > 0).length ?? 0;
  const blocked = !file || uploading || Boolean(preview?.headerProblems.length) || (file !== null && file.size > maxBytes);

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Columns: <code>id,name,categories,attributes,price_EUR,price_USD,…</code>. Categories are separated by <code>|</code>, attributes
        are written <code>key=value|key=value</code>, prices in major units with a dot (<code>19.99</code>). Existing SKUs are updated; rows
        with bad data are reported and skipped. Limit {formatBytes(maxBytes)}.
      </p>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="csv-drop-zone"
        className={`rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm ${dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-slate-50"}`}
      >
        <label htmlFor={inputId} className="block cursor-pointer">
          <span className="font-medium text-indigo-700">Choose a CSV file</span> or drop it here
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          aria-label="Product CSV file"
          className="sr-only"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {file ? (
          <p className="mt-2 text-slate-700">
            {file.name} · {formatBytes(file.size)}
          </p>
        ) : null}
      </div>

      {preview ? <PreviewTable preview={preview} problemRows={problemRows} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}

      <Button onClick={() => void upload()} disabled={blocked}>
        {uploading ? "Importing…" : "Import products"}
      </Button>

      {result ? <ImportReport result={result} /> : null}
    </div>
  );
}

function PreviewTable({ preview, problemRows }: { preview: Preview; problemRows: number }) {
  if (preview.headerProblems.length > 0) {
    return (
      <Notice tone="error">
        <p className="font-medium">This header cannot be imported:</p>
        <ul className="mt-1 list-disc pl-5">
          {preview.headerProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600" role="status">
        Preview of the first {Math.min(PREVIEW_ROWS, preview.rows.length)} rows:{" "}
        {problemRows === 0 ? "no problems found." : `${problemRows} with problems (highlighted); those rows will be skipped.`}
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-xs" aria-label="CSV preview">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-2 py-1 text-left font-medium text-slate-600">
                Row
              </th>
              {preview.header.map((h, i) => (
                <th key={`${h}-${i}`} scope="col" className="px-2 py-1 text-left font-medium text-slate-600">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {preview.rows.map((r) => {
              const badColumns = new Map(r.errors.map((e) => [preview.columnOf(e.field), e.message]));
              return (
                <tr key={r.row} className={r.errors.length ? "bg-rose-50/40" : undefined}>
                  <td className="px-2 py-1 text-slate-500">{r.row}</td>
                  {preview.header.map((_, i) => {
                    const problem = badColumns.get(i);
                    return (
                      <td key={i} title={problem} className={`px-2 py-1 ${problem ? "bg-rose-100 font-medium text-rose-800" : ""}`}>
                        {r.cells[i] ?? ""}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problemRows > 0 ? (
        <ul className="list-disc pl-5 text-xs text-rose-700">
          {preview.rows.flatMap((r) =>
            r.errors.map((e, i) => (
              <li key={`${r.row}-${i}`}>
                Row {r.row}, {e.field}: {e.message}
              </li>
            )),
          )}
        </ul>
      ) : null}
    </div>
  );
}

function ImportReport({ result }: { result: ProductsImportResult }) {
  return (
    <div className="space-y-3" data-testid="import-report">
      <Notice tone={result.rejectedCount ? "info" : "success"}>
        Imported {result.importedCount} of {result.totalRows} rows; rejected {result.rejectedCount}.
      </Notice>
      {result.errors.length > 0 ? (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Rejected rows">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Row
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Id
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Column
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.errors.map((e, i) => (
                <tr key={`${e.row}-${i}`}>
                  <td className="px-3 py-2">{e.row}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.id ?? "—"}</td>
                  <td className="px-3 py-2">{e.field}</td>
                  <td className="px-3 py-2">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.errors.length < result.rejectedCount ? (
            <p className="px-3 py-2 text-xs text-slate-500">Only the first {result.errors.length} problems are listed.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
