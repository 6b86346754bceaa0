import { SEARCH_SHARDS } from "../../src/lib/model/search.ts";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { bytesByKind, type KindTotal } from "./bytes.ts";
import { gzipBytes, type PageJs, pageJs } from "./page-js.ts";

export interface FileInfo {
  rel: string;
  size: number;
}

export function walk(dir: string, base = dir, out: FileInfo[] = []): FileInfo[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else if (entry.isFile()) out.push({ rel: relative(base, full).split(sep).join("/"), size: statSync(full).size });
  }
  return out;
}

export type PageType = "home" | "unit" | "report" | "metric" | "search" | "chart";

/** Page kinds whose JavaScript is measured, by the path of the default language's pages. */
export const PAGE_TYPES: { type: PageType; label: string; match: RegExp }[] = [
  { type: "home", label: "home (index.html)", match: /^index\.html$/ },
  { type: "unit", label: "unit page (units/…)", match: /^units\/[^/]+\/index\.html$/ },
  { type: "report", label: "report page (reports/…)", match: /^reports\/[^/]+\/index\.html$/ },
  { type: "metric", label: "metric page (metrics/…)", match: /^metrics\/[^/]+\/index\.html$/ },
  { type: "search", label: "search page (search/)", match: /^search\/index\.html$/ },
  { type: "chart", label: "chart embed (embed/…)", match: /^embed\/[^/]+\/index\.html$/ },
];

/**
 * The site's search index shards that do not depend on the data (src/pages/search-index/[shard].json.ts); the unit
 * shards (`units-<province>.json`) are found in the built site, and `places.json` routes a query to them.
 */
export const SEARCH_INDEX_FILES = SEARCH_SHARDS.map((shard) => `search-index/${shard}.json`);
const UNIT_SHARD = /^search-index\/units-\d{6}\.json$/;
const PLACES_FILE = "search-index/places.json";
/** Issue 16's target for what the search page loads with the first query, at 6,000 units. */
export const SEARCH_FIRST_LOAD_TARGET = 100 * 1024;

export interface SiteStats {
  pages: number;
  totalBytes: number;
  files: number;
  /** Bytes and files by page kind and download kind (scripts/bench/bytes.ts). */
  byKind: KindTotal[];
  medianHtmlBytes: number | null;
  largestHtml: FileInfo | null;
  /** Largest unit page in any language (…/units/<id>/index.html). */
  largestUnitHtml: FileInfo | null;
  /** Largest report page in any language (…/reports/<id>/index.html). */
  largestReportHtml: FileInfo | null;
  js: Partial<Record<PageType, PageJs & { count: number }>>;
  searchIndex: {
    files: string[];
    rawBytes: number;
    gzipBytes: number;
    /**
     * What the first query loads before its first results, gzip, at worst: main.json and places.json, and the
     * largest unit shard (a query naming that province).
     */
    firstLoadGzipBytes: number;
    /** The largest unit shard, gzip (its file in `shards`). */
    largestUnitShard: { file: string; gzipBytes: number } | null;
    shards: { file: string; rawBytes: number; gzipBytes: number }[];
  } | null;
}

function median(sorted: readonly number[]): number | null {
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Pages, sizes, JavaScript per page kind and the search index of a built site. */
export function siteStats(outDir: string, { base = "/" } = {}): SiteStats {
  const files = walk(outDir);
  const html = files.filter((f) => f.rel.endsWith(".html")).sort((a, b) => a.size - b.size);
  const js: SiteStats["js"] = {};
  for (const { type, match } of PAGE_TYPES) {
    const pages = html.filter((f) => match.test(f.rel));
    // The heaviest page of its type stands for it (pages of a type share their scripts; data size varies).
    const page = pages.at(-1);
    if (page) js[type] = { ...pageJs(outDir, page.rel, base), count: pages.length };
  }
  const unitShards = files
    .filter((f) => UNIT_SHARD.test(f.rel))
    .map((f) => f.rel)
    .sort();
  const shards = [...SEARCH_INDEX_FILES, ...unitShards].flatMap((file) => {
    const f = files.find((x) => x.rel === file);
    return f ? [{ file, rawBytes: f.size, gzipBytes: gzipBytes(readFileSync(join(outDir, file))) }] : [];
  });
  const placesFile = files.find((x) => x.rel === PLACES_FILE);
  const placesGzip = placesFile ? gzipBytes(readFileSync(join(outDir, PLACES_FILE))) : 0;
  const largestUnit = shards
    .filter((x) => UNIT_SHARD.test(x.file))
    .reduce<(typeof shards)[number] | null>((a, x) => (!a || x.gzipBytes > a.gzipBytes ? x : a), null);
  return {
    pages: html.length,
    totalBytes: files.reduce((a, f) => a + f.size, 0),
    files: files.length,
    byKind: bytesByKind(files),
    medianHtmlBytes: median(html.map((f) => f.size)),
    largestHtml: html.at(-1) ?? null,
    largestUnitHtml: html.filter((f) => /(^|\/)units\/[^/]+\/index\.html$/.test(f.rel)).at(-1) ?? null,
    largestReportHtml: html.filter((f) => /(^|\/)reports\/[^/]+\/index\.html$/.test(f.rel)).at(-1) ?? null,
    js,
    searchIndex: shards.length
      ? {
          files: shards.map((s) => s.file),
          rawBytes: shards.reduce((a, s) => a + s.rawBytes, 0),
          gzipBytes: shards.reduce((a, s) => a + s.gzipBytes, 0),
          firstLoadGzipBytes: (shards[0]?.gzipBytes ?? 0) + placesGzip + (largestUnit?.gzipBytes ?? 0),
          largestUnitShard: largestUnit && { file: largestUnit.file, gzipBytes: largestUnit.gzipBytes },
          shards,
        }
      : null,
  };
}
