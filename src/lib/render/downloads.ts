import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { chartCsvPath } from "../charts/embed-path.ts";
import type { ChartSpec, ChartView } from "../charts/registry.ts";
import { toCsv } from "../data/csv.ts";
import type { CheckResult } from "../data/types.ts";
import { writeZip } from "./zip.ts";

type Cell = string | number | null;

export const CHART_CSV_HEADER = [
  "key",
  "label_zh",
  "label_en",
  "value",
  "unit",
  "state",
  "stage",
  "source",
  "finding_ids",
  "body",
] as const;

/** The rows of a chart's CSV (CHART_CSV_HEADER): exactly the bars it shows, in both languages, with their sources. */
function chartRows(zh: ChartView, en: ChartView): Cell[][] {
  return zh.bars.map((b, i) => [
    b.key,
    b.label,
    en.bars[i]?.label ?? "",
    b.value,
    zh.unit,
    b.state ?? (b.value === null ? "blank" : "value"),
    b.style,
    zh.sourceOf(b.key),
    b.findings ?? "",
    b.groupId ?? "",
  ]);
}

/** Exactly the rows a chart shows, in both languages, with their sources; BOM so Excel reads UTF-8. */
export function chartCsv(spec: ChartSpec): string {
  return toCsv(CHART_CSV_HEADER, chartRows(spec.view("zh"), spec.view("en")), { bom: true });
}

/** A unit's report charts in one file (units/<unit>/charts.csv): a `chart` column, then CHART_CSV_HEADER. */
export const UNIT_CHARTS_CSV_HEADER = ["chart", ...CHART_CSV_HEADER] as const;

/**
 * Every chart's data as CSV, where the chart's download link points (chartCsvPath): a ranked chart's beside its
 * embed page (`embed/<id>/data.csv`); a report's charts in their unit's `units/<unit>/charts.csv`, one file per unit
 * rather than one per report (issue 16: at national scale 60,000 files, a third of GitHub Pages' file budget).
 */
export function writeChartCsvs(outDir: string, charts: ChartSpec[]): void {
  const byUnit = new Map<string, Cell[][]>();
  for (const spec of charts) {
    const zh = spec.view("zh");
    const path = chartCsvPath(zh);
    if (path === `embed/${spec.id}/data.csv`) {
      mkdirSync(join(outDir, "embed", spec.id), { recursive: true });
      writeFileSync(join(outDir, path), toCsv(CHART_CSV_HEADER, chartRows(zh, spec.view("en")), { bom: true }));
      continue;
    }
    const rows = byUnit.get(path) ?? [];
    for (const row of chartRows(zh, spec.view("en"))) rows.push([spec.id, ...row]);
    byUnit.set(path, rows);
  }
  for (const [path, rows] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : 1))) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeFileSync(join(outDir, path), toCsv(UNIT_CHARTS_CSV_HEADER, rows, { bom: true }));
  }
}

export const CHECKS_CSV_HEADER = [
  "key",
  "table_id",
  "rule",
  "subject",
  "column",
  "line",
  "expected",
  "actual",
  "cells",
  "tolerance",
  "status",
  "finding_id",
] as const;

/** A unit's checks file (units/<unit>/checks.csv.gz): a `document_id` column, then CHECKS_CSV_HEADER. */
export const UNIT_CHECKS_CSV_HEADER = ["document_id", ...CHECKS_CSV_HEADER] as const;

/** Where every check of a unit's reports is served: gzip-compressed, one file per unit. */
export const unitChecksPath = (unitId: string) => `units/${unitId}/checks.csv.gz`;

/**
 * Every identity checked on each report, one gzip-compressed CSV per unit (BOM inside), findings linked, reports in
 * the order given. Per unit and compressed (issue 16): one checks.csv per report was 1 file and ~21 KB of each
 * report's 16 KB and 3-file budget on GitHub Pages; the report page lists the checks that do not pass and counts
 * the others. Deterministic (gzip level 9, no timestamp or name in the header).
 */
export function writeCheckCsvs(
  outDir: string,
  documents: readonly { document_id: string; unit_id: string }[],
  checksOf: (documentId: string) => CheckResult[],
): void {
  const byUnit = new Map<string, string[]>();
  for (const d of documents) byUnit.set(d.unit_id, [...(byUnit.get(d.unit_id) ?? []), d.document_id]);
  for (const [unit, ids] of byUnit) {
    const rows = ids.flatMap((id) =>
      checksOf(id).map((c) => [
        id,
        c.key,
        c.table_id,
        c.rule,
        c.subject,
        c.column,
        c.line,
        c.expected,
        c.actual,
        c.cells,
        c.tolerance,
        c.status,
        c.finding_id,
      ]),
    );
    const file = join(outDir, unitChecksPath(unit));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, gzipSync(toCsv(UNIT_CHECKS_CSV_HEADER, rows, { bom: true }), { level: 9 }));
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A curated CSV as published: its bytes as validated, behind a UTF-8 byte-order mark (Excel on Chinese Windows
 * reads a CSV without one as GBK). A file that already starts with one is copied as it is.
 */
export function writeCuratedCsv(from: string, to: string): void {
  const bytes = readFileSync(from);
  writeFileSync(to, bytes.subarray(0, 3).equals(BOM) ? bytes : Buffer.concat([BOM, bytes]));
}

/**
 * One zip of every download (data/<zip>): the published CSVs and datapackage.json as the site serves them, the
 * data README and CITATION.cff. Deterministic (src/lib/render/zip.ts): same files, same bytes.
 */
export function writeDownloadsZip(
  file: string,
  files: { name: string; path: string }[],
): { name: string; size: number; crc: number }[] {
  return writeZip(
    file,
    files.map((f) => ({ name: f.name, source: f.path })),
  );
}

/**
 * Downloads larger than this are served gzip-compressed only (`metrics.csv.gz`, `functional.csv.gz`, …); smaller
 * ones stay plain, to open with a click. 1 MiB: the real data's files are all below it (≤ 200 KB), a synthetic set
 * of 100 units has metrics.csv at 12 MB. Static hosts (GitHub Pages) do not negotiate encodings, so the plain file
 * is not served beside the compressed one: that would count twice against the 1 GB limit.
 */
export const GZIP_ABOVE = 1024 * 1024;

/** The path a download of `bytes` bytes is served at: itself, or `<path>.gz` above GZIP_ABOVE. */
export const servedPath = (path: string, bytes: number, above = GZIP_ABOVE): string =>
  bytes > above ? `${path}.gz` : path;

/**
 * Replace `file` by `file.gz` when it is larger than `above` bytes; deterministic (gzip level 9, node:zlib writes no
 * timestamp and no file name into the header). Returns the served path and both sizes.
 */
export function compressDownload(
  file: string,
  above = GZIP_ABOVE,
): { served: string; plainBytes: number; servedBytes: number } {
  const plainBytes = statSync(file).size;
  const served = servedPath(file, plainBytes, above);
  if (served === file) return { served, plainBytes, servedBytes: plainBytes };
  const gz = gzipSync(readFileSync(file), { level: 9 });
  writeFileSync(served, gz);
  unlinkSync(file);
  return { served, plainBytes, servedBytes: gz.length };
}

interface Resource {
  path: string;
  [key: string]: unknown;
}

/**
 * The published datapackage.json with each resource at the path it is served at: a compressed one gets its `.gz`
 * path and `"compression": "gz"` (Frictionless Data Package v2; readers that know v1 only see the path end in .gz).
 * `served` maps a plain path (`metrics.csv`) to its served path (`metrics.csv.gz`); unlisted resources stay.
 */
export function servedDataPackage<T extends { resources: Resource[] }>(pkg: T, served: ReadonlyMap<string, string>): T {
  return {
    ...pkg,
    resources: pkg.resources.map((r) => {
      const path = served.get(r.path);
      return path === undefined || path === r.path ? r : { ...r, path, compression: "gz" };
    }),
  };
}
