/**
 * Where the bytes of a built site are: every file put in one kind (a page kind, a download kind or an asset), with
 * bytes and files per kind, per report, and extrapolated linearly to the national set. Issue 16's targets: at
 * 6,000 units × 5 years (60,000 reports) ≤ 1 GB and ≤ 200,000 files (GitHub / GitLab Pages), ≤ 16 KB and ≤ 3 files
 * per report.
 */
import { LANGUAGES } from "../../src/i18n/languages.ts";

export const BYTES_TARGETS = {
  bytesPerReport: 16 * 1024,
  filesPerReport: 3,
  totalBytes: 1024 ** 3,
  totalFiles: 200_000,
  nationalReports: 60_000,
};

/** File kinds in print order: pages by route, then downloads, then the rest. */
export const FILE_KINDS = [
  "page: home",
  "page: units/",
  "page: units/<unit>/",
  "page: reports/<doc>/",
  "page: metrics/",
  "page: embed/",
  "page: compare/",
  "page: over-time/",
  "page: search",
  "page: sources/",
  "page: quality, methodology, data",
  "page: 404",
  "page: other",
  "search shards",
  "download: curated CSVs",
  "download: metrics.csv",
  "download: chart CSVs (embed/<chart>/data.csv, units/<unit>/charts.csv)",
  "download: checks (units/<unit>/checks.csv.gz)",
  "download: zip",
  "download: datapackage.json, CITATION.cff",
  "assets (JS, CSS, icons)",
  "sitemap, robots",
  "other",
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const PREFIXES = LANGUAGES.map((l) => l.prefix)
  .filter((p) => p !== "")
  .map((p) => p.replace(/\/?$/, "/"));

/** The path without its language prefix (`en/units/` → `units/`). */
function unprefixed(rel: string): string {
  for (const p of PREFIXES) if (rel.startsWith(p)) return rel.slice(p.length);
  return rel;
}

/** The kind of one file of a built site, by its path relative to the site root. */
export function fileKind(rel: string): FileKind {
  if (/^search-index\//.test(rel)) return "search shards";
  if (/^data\/[^/]+\.zip$/.test(rel)) return "download: zip";
  if (/^data\/metrics\.csv(\.gz)?$/.test(rel)) return "download: metrics.csv";
  if (/^data\/[^/]+\.csv(\.gz)?$/.test(rel)) return "download: curated CSVs";
  if (rel === "data/datapackage.json" || rel === "CITATION.cff") return "download: datapackage.json, CITATION.cff";
  if (/^embed\/[^/]+\/data\.csv$|^units\/[^/]+\/charts\.csv$/.test(rel))
    return "download: chart CSVs (embed/<chart>/data.csv, units/<unit>/charts.csv)";
  if (/^units\/[^/]+\/checks\.csv\.gz$/.test(rel)) return "download: checks (units/<unit>/checks.csv.gz)";
  if (/^sitemap[^/]*\.xml$|^robots\.txt$/.test(rel)) return "sitemap, robots";
  if (!rel.endsWith(".html")) return /\.(js|css|svg|ico|png|woff2?)$/.test(rel) ? "assets (JS, CSS, icons)" : "other";
  const page = unprefixed(rel);
  if (page === "index.html") return "page: home";
  if (page === "404.html") return "page: 404";
  if (page === "units/index.html") return "page: units/";
  if (page.startsWith("units/")) return "page: units/<unit>/";
  if (page.startsWith("reports/")) return "page: reports/<doc>/";
  if (page.startsWith("metrics/")) return "page: metrics/";
  if (page.startsWith("embed")) return "page: embed/";
  if (page.startsWith("compare/")) return "page: compare/";
  if (page.startsWith("over-time/")) return "page: over-time/";
  if (page.startsWith("search/")) return "page: search";
  if (page.startsWith("sources/")) return "page: sources/";
  if (/^(quality|methodology|data)\//.test(page)) return "page: quality, methodology, data";
  return "page: other";
}

export interface KindTotal {
  kind: FileKind;
  bytes: number;
  files: number;
}

/** Bytes and files per kind, in FILE_KINDS order, kinds with no file left out. */
export function bytesByKind(files: readonly { rel: string; size: number }[]): KindTotal[] {
  const totals = new Map<FileKind, KindTotal>();
  for (const f of files) {
    const kind = fileKind(f.rel);
    const t = totals.get(kind) ?? { kind, bytes: 0, files: 0 };
    t.bytes += f.size;
    t.files += 1;
    totals.set(kind, t);
  }
  return FILE_KINDS.flatMap((k) => totals.get(k) ?? []);
}

/** A figure measured on `reports` reports, scaled linearly to the national set (60,000 reports). */
export const atNationalScale = (figure: number, reports: number) =>
  reports > 0 ? (figure / reports) * BYTES_TARGETS.nationalReports : null;
