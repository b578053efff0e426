// Client-side preview of a catalog CSV: the first rows, judged by the same rules as the server import,
// so obvious problems show before anything is uploaded.
import Papa from "papaparse";
import { productFromCsvRow, readProductCsvHeader, type CellError, type CsvColumns } from "@/lib/catalog/products/product-csv";

export const PREVIEW_ROWS = 10;

export type PreviewRow = { row: number; cells: string[]; errors: CellError[] };
export type Preview = { header: string[]; headerProblems: string[]; rows: PreviewRow[]; columnOf: (field: string) => number | undefined };

function columnLookup(columns: CsvColumns | undefined): (field: string) => number | undefined {
  return (field) => {
    if (!columns) return undefined;
    if (field === "id") return columns.id;
    if (field === "name") return columns.name;
    if (field === "categories") return columns.categories;
    if (field === "attributes") return columns.attributes;
    return columns.prices.find((p) => `price_${p.currency}` === field)?.index;
  };
}

export function previewCsv(file: File): Promise<Preview> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file, {
      header: false,
      delimiter: ",",
      skipEmptyLines: false,
      // The header plus enough lines to find PREVIEW_ROWS non-blank rows in most files.
      preview: PREVIEW_ROWS * 3 + 1,
      error: (error) => reject(error),
      complete: (result) => {
        const [header = [], ...data] = result.data;
        const { columns, problems } = readProductCsvHeader(header);
        const seen = new Map<string, number>();
        const rows = data
          .map((cells, i) => ({ row: i + 2, cells }))
          .filter(({ cells }) => cells.some((c) => c.trim() !== ""))
          .slice(0, PREVIEW_ROWS)
          .map(({ row, cells }): PreviewRow => {
            if (!columns) return { row, cells, errors: [] };
            const { product, errors } = productFromCsvRow(cells, columns);
            if (product) {
              const first = seen.get(product.id);
              if (first !== undefined) errors.push({ field: "id", message: `Id ${product.id} already appears in row ${first}` });
              else seen.set(product.id, row);
            }
            return { row, cells, errors };
          });
        resolve({ header, headerProblems: problems, rows, columnOf: columnLookup(columns) });
      },
    });
  });
}
