/** CSV text → rows keyed by header (the draft's and data/'s files, for comparison and document look-up). */
import { splitCsvLine } from "../data/csv.ts";
import type { Row } from "./columns.ts";

export function rowsOfCsv(text: string): Row[] {
  const [head, ...lines] = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter(Boolean);
  const header = splitCsvLine(head ?? "").cells;
  return lines.map((l) => Object.fromEntries(splitCsvLine(l).cells.map((c, i) => [header[i] ?? "", c])));
}
