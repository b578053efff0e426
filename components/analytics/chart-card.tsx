"use client";
// One chart of the analytics pages: the chart (recharts), the same data as an accessible table (a toggle,
// for screen readers and for reading exact figures) and a CSV download of exactly those rows.
import { useId, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { buttonClass } from "@/components/ui/button";
import { csvLine } from "@/lib/codes/csv-escape";

export type ChartRow = Record<string, string | number>;
export type ChartColumn = { key: string; label: string };
export type ChartKind = "line" | "bars" | "stacked" | "ranking";

const COLORS = ["#4f46e5", "#e11d48", "#059669", "#d97706", "#0891b2", "#7c3aed", "#64748b", "#db2777", "#65a30d", "#0f766e"];

export function ChartCard({
  title,
  description,
  kind,
  rows,
  x,
  series,
  extra = [],
  fileName,
}: {
  title: string;
  description?: string;
  kind: ChartKind;
  rows: ChartRow[];
  /** The column on the category axis (also the table's first column). */
  x: ChartColumn;
  series: ChartColumn[];
  /** Columns of the table and the CSV that the chart does not draw (counts beside drawn averages). */
  extra?: ChartColumn[];
  fileName: string;
}) {
  const [table, setTable] = useState(false);
  const headingId = useId();
  const columns = [x, ...series, ...extra];
  const download = () => {
    const csv = csvLine(columns.map((c) => c.label)) + rows.map((row) => csvLine(columns.map((c) => row[c.key] ?? 0))).join("");
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `${fileName}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="text-xs text-slate-500">{description}</p> : null}
        </div>
        <div className="flex gap-2">
          <button type="button" className={buttonClass("secondary", "text-xs")} aria-pressed={table} onClick={() => setTable((t) => !t)}>
            {table ? "Show chart" : "Show table"}
          </button>
          <button type="button" className={buttonClass("secondary", "text-xs")} onClick={download} aria-label={`Download CSV of ${title}`}>
            Download CSV
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="py-8 text-center text-sm text-slate-500">No data in this range.</p>
      ) : table ? (
        <div className="max-h-80 overflow-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left">
                {columns.map((c) => (
                  <th key={c.key} scope="col" className="px-2 py-1 font-medium">
                    {c.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i} className="border-b border-slate-100">
                  {columns.map((c, j) =>
                    j === 0 ? (
                      <th key={c.key} scope="row" className="px-2 py-1 text-left font-normal">
                        {row[c.key]}
                      </th>
                    ) : (
                      <td key={c.key} className="px-2 py-1 text-right tabular-nums">
                        {(row[c.key] ?? 0).toLocaleString("en")}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div role="img" aria-label={`${title} chart; use Show table for the figures`} className="h-64 w-full">
          <ResponsiveContainer width="100%" height="100%">
            {kind === "line" ? (
              <LineChart data={rows}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis dataKey={x.key} tick={{ fontSize: 11 }} minTickGap={24} />
                <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} />
                <Tooltip />
                {series.map((s, i) => (
                  <Line
                    key={s.key}
                    type="monotone"
                    dataKey={s.key}
                    name={s.label}
                    stroke={COLORS[i % COLORS.length]}
                    dot={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            ) : (
              <BarChart data={rows} layout={kind === "ranking" ? "vertical" : "horizontal"}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                {kind === "ranking" ? (
                  <>
                    <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
                    <YAxis type="category" dataKey={x.key} tick={{ fontSize: 11 }} width={140} />
                  </>
                ) : (
                  <>
                    <XAxis dataKey={x.key} tick={{ fontSize: 11 }} minTickGap={24} />
                    <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={48} />
                  </>
                )}
                <Tooltip />
                {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 11 }} /> : null}
                {series.map((s, i) => (
                  <Bar
                    key={s.key}
                    dataKey={s.key}
                    name={s.label}
                    fill={COLORS[i % COLORS.length]}
                    stackId={kind === "stacked" ? "stack" : undefined}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            )}
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
