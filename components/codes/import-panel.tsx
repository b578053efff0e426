"use client";
// CSV upload: drag and drop (or choose) a file, see the first rows parsed by papaparse with obvious
// problems flagged before anything is sent, then stream it to the REST route (which accepts the console
// session) and follow the job's progress.
import Papa from "papaparse";
import { useState, type DragEvent } from "react";
import { ImportProgress } from "@/components/codes/import-progress";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/page-header";
import { codeProblem } from "@/lib/codes/code-rules";
import { unescapeFormula } from "@/lib/codes/csv-escape";
import type { RejectReason } from "@/lib/codes/csv-rows";
import type { CodeImportView } from "@/lib/codes/views";

const PREVIEW_ROWS = 20;
const REASON_LABELS: Record<RejectReason, string> = {
  empty: "Empty",
  invalid_characters: "Invalid characters",
  too_long: "Longer than 64",
  duplicate_in_file: "Repeated in file",
  already_exists: "Already exists",
};

type PreviewRow = { index: number; code: string; problem: RejectReason | null };
type Preview = { header: boolean; rows: PreviewRow[] };

function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function previewOf(data: string[][]): Preview {
  const cells = data.map((row) => (row[0] ?? "").replace(/^\uFEFF/, "").trim());
  const header = cells[0]?.toLowerCase() === "code";
  const seen = new Set<string>();
  const rows = (header ? cells.slice(1) : cells).slice(0, PREVIEW_ROWS).map((cell, i): PreviewRow => {
    const code = unescapeFormula(cell);
    const problem = codeProblem(code) ?? (seen.has(code) ? "duplicate_in_file" : null);
    seen.add(code);
    return { index: i + 1, code, problem };
  });
  return { header, rows };
}

async function looksBinary(file: File): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  return head.includes(0);
}

export function ImportPanel({ couponId, maxFileBytes }: { couponId: string; maxFileBytes: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [job, setJob] = useState<CodeImportView | null>(null);
  const [dragging, setDragging] = useState(false);

  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    setFile(chosen);
    setJob(null);
    setPreview(null);
    setProblem(null);
    if (chosen.size === 0) return setProblem("The file is empty.");
    if (chosen.size > maxFileBytes) return setProblem(`The file is ${fileSize(chosen.size)}; the limit is ${fileSize(maxFileBytes)}.`);
    if (await looksBinary(chosen))
      return setProblem("This is a binary file (a spreadsheet or an image?), not a CSV. Save it as “CSV UTF-8” and try again.");
    Papa.parse<string[]>(chosen, {
      preview: PREVIEW_ROWS + 1,
      skipEmptyLines: "greedy",
      complete: (results) => setPreview(previewOf(results.data)),
      error: (error) => setProblem(`The file could not be read: ${error.message}`),
    });
  }

  async function upload() {
    if (!file) return;
    setUploading(true);
    setProblem(null);
    try {
      const body = new FormData();
      body.append("import", file, file.name);
      const response = await fetch(`/api/v1/coupons/${encodeURIComponent(couponId)}/codes/imports`, { method: "POST", body });
      const answer = await response.json().catch(() => null);
      if (!response.ok) {
        const causes = (answer?.causes ?? []) as { message: string }[];
        setProblem([answer?.message ?? `Upload failed (${response.status})`, ...causes.map((c) => c.message)].join(" — "));
        return;
      }
      setJob(answer.codesImport as CodeImportView);
      setFile(null);
      setPreview(null);
    } catch (error) {
      setProblem(`Upload failed: ${(error as Error).message}`);
    } finally {
      setUploading(false);
    }
  }

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    void choose(event.dataTransfer.files[0]);
  };
  const flagged = preview?.rows.filter((r) => r.problem).length ?? 0;

  return (
    <div className="space-y-4">
      <label
        htmlFor="import-file"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex cursor-pointer flex-col items-center justify-center rounded-lg border-2 border-dashed px-4 py-6 text-center text-sm ${dragging ? "border-indigo-500 bg-indigo-50" : "border-slate-300 bg-slate-50 hover:bg-slate-100"}`}
      >
        <span className="font-medium text-slate-800">Drop a CSV file here, or click to choose one</span>
        <span className="mt-1 text-xs text-slate-500">
          One code per line, optional header “code”, extra columns ignored · up to {fileSize(maxFileBytes)}
        </span>
        {file ? (
          <span className="mt-2 text-slate-700">
            {file.name} · {fileSize(file.size)}
          </span>
        ) : null}
      </label>
      <input
        id="import-file"
        type="file"
        accept=".csv,text/csv,text/plain"
        className="sr-only"
        onChange={(event) => void choose(event.target.files?.[0])}
      />

      {problem ? <Notice tone="error">{problem}</Notice> : null}

      {preview ? (
        <div className="space-y-2">
          <p className="text-sm text-slate-600">
            Preview of the first {preview.rows.length} rows{preview.header ? " (header row “code” found)" : ""}.{" "}
            {flagged > 0 ? `${flagged} of them will be rejected and listed in the error report.` : "No problems spotted in these rows."}
          </p>
          <table
            className="min-w-full divide-y divide-slate-200 rounded-md border border-slate-200 text-sm"
            aria-label="Preview of the CSV"
          >
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-1 font-medium">
                  Row
                </th>
                <th scope="col" className="px-3 py-1 font-medium">
                  Code
                </th>
                <th scope="col" className="px-3 py-1 font-medium">
                  Check
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {preview.rows.map((row) => (
                <tr key={row.index} className={row.problem ? "bg-rose-50" : undefined}>
                  <td className="px-3 py-1 tabular-nums">{row.index}</td>
                  <td className="px-3 py-1 font-mono">{row.code || <span className="text-slate-400">(empty)</span>}</td>
                  <td className="px-3 py-1">
                    {row.problem ? (
                      <span className="text-rose-700">{REASON_LABELS[row.problem]}</span>
                    ) : (
                      <span className="text-emerald-700">OK</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button onClick={() => void upload()} disabled={uploading}>
            {uploading ? "Uploading…" : "Start import"}
          </Button>
        </div>
      ) : null}

      {job ? <ImportProgress key={job.id} initial={job} /> : null}
    </div>
  );
}
