/**
 * Reading the per-unit downloads a build writes (src/lib/render/downloads.ts): every check of a unit's reports in
 * units/<unit>/checks.csv.gz, a unit's report charts in units/<unit>/charts.csv. Each helper gives one report's (or
 * one chart's) part as the per-report file used to be: BOM dropped, the leading document_id / chart column cut off.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** The unit of a document id (`210311-bureau-2024-final` → `210311-bureau`). */
export const unitOf = (doc: string) => doc.split("-").slice(0, 2).join("-");

/** A unit's checks file as text (gunzipped, BOM kept). */
export const unitChecksText = (root: string, unit: string) =>
  gunzipSync(readFileSync(join(root, "units", unit, "checks.csv.gz"))).toString("utf8");

/** One report's checks: header and rows as lines, without the document_id column (no quoted fields in the file). */
export function reportChecksLines(root: string, doc: string): string[] {
  const [header = "", ...rows] = unitChecksText(root, unitOf(doc))
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  const cut = (l: string) => l.slice(l.indexOf(",") + 1);
  return [cut(header), ...rows.filter((r) => r.startsWith(`${doc},`)).map(cut)];
}

/** One report chart's CSV text from its unit's charts.csv: the header and its rows, without the chart column. */
export function reportChartCsv(root: string, chartId: string): string {
  const doc = chartId.replace(/^unit-/, "").replace(/-functional$/, "");
  const [header = "", ...rows] = readFileSync(join(root, "units", unitOf(doc), "charts.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\n");
  const cut = (l: string) => l.slice(l.indexOf(",") + 1);
  return [cut(header), ...rows.filter((r) => r.startsWith(`${chartId},`)).map(cut)].join("\n") + "\n";
}
