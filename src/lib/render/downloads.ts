import { mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ChartSpec } from "../charts/registry.ts";
import { toCsv } from "../data/csv.ts";
import type { CheckResult } from "../data/types.ts";
import { writeZip } from "./zip.ts";

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

/** Exactly the rows a chart shows, in both languages, with their sources; BOM so Excel reads UTF-8. */
export function chartCsv(spec: ChartSpec): string {
  const zh = spec.view("zh");
  const en = spec.view("en");
  const rows = zh.bars.map((b, i) => [
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
  return toCsv(CHART_CSV_HEADER, rows, { bom: true });
}

/** Every chart's data.csv beside its embed page (`embed/<id>/data.csv`). */
export function writeChartCsvs(outDir: string, charts: ChartSpec[]): void {
  for (const spec of charts) {
    const dir = join(outDir, "embed", spec.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "data.csv"), chartCsv(spec));
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

/** Every identity checked on each report, as reports/<id>/checks.csv (BOM), findings linked. */
export function writeCheckCsvs(
  outDir: string,
  documentIds: readonly string[],
  checksOf: (documentId: string) => CheckResult[],
): void {
  for (const id of documentIds) {
    const dir = join(outDir, "reports", id);
    mkdirSync(dir, { recursive: true });
    const rows = checksOf(id).map((c) => [
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
    ]);
    writeFileSync(join(dir, "checks.csv"), toCsv(CHECKS_CSV_HEADER, rows, { bom: true }));
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
