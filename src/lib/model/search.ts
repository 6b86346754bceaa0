import Fuse, { type IFuseOptions } from "fuse.js";

/**
 * One searchable thing: a unit, a report, a metric page, a site page (methodology, a province's compare or over-time
 * page …), a classification item, a project or a definition.
 */
export interface SearchEntry {
  type: "unit" | "report" | "metric" | "page" | "code" | "project" | "definition";
  title: string;
  title_en: string;
  /** Full pinyin without tones or spaces, and the initials: "fushun…" and "fs…". */
  pinyin: string;
  initials: string;
  /**
   * Other words that find the entry: division code, common abbreviations (医保局 for 医疗保障局), the pinyin of its
   * place, and the "loose" pinyin (see `loosePinyin`) that a misspelt query is matched against.
   */
  keywords?: string;
  path: string;
}

/**
 * Pinyin with the sounds people most often confuse or mistype folded together (zh/ch/sh → z/c/s, ng → n): "ansan"
 * and "anshan" both become "ansan". Used only when a query finds nothing as typed.
 */
export const loosePinyin = (text: string) =>
  text
    .toLowerCase()
    .replace(/([zcs])h/g, "$1")
    .replace(/ng/g, "n");

/**
 * The shards of the search index that do not depend on the data: `main` (metrics, pages, codes, definitions) loads
 * with the page's first query, with `places` (search-places.ts); then the unit shards of the provinces the query
 * names (`units-<province>`, one per province), and after the first results every other shard.
 */
export const SEARCH_SHARDS = ["main", "reports", "projects"] as const;
export type SearchShard = (typeof SEARCH_SHARDS)[number] | `units-${string}`;
/** The unit shard of a province ("210000" → "units-210000"). */
export const unitShard = (province: string): SearchShard => `units-${province}`;
/** An entry's shard: a unit's is its province's (its id starts with its division code, "210311-bureau"). */
export const shardOf = (e: Pick<SearchEntry, "type" | "path">): SearchShard =>
  e.type === "project"
    ? "projects"
    : e.type === "report"
      ? "reports"
      : e.type === "unit"
        ? unitShard(`${e.path.slice("units/".length, "units/".length + 2)}0000`)
        : "main";

/** The field of an entry holding its title in each language of the curated data (`title` is Chinese). */
export const TITLE_FIELD = { zh: "title", en: "title_en" } as const satisfies Record<string, keyof SearchEntry>;
export type TitleField = (typeof TITLE_FIELD)[keyof typeof TITLE_FIELD];

export const FUSE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: ["title", "title_en", "pinyin", "initials", "keywords"],
  useExtendedSearch: true,
  ignoreLocation: true,
  threshold: 0,
};

/**
 * The entries, and all their searchable text in one lower-case string (keys joined by U+0001, entries by U+0000)
 * with each entry's start offset. Fuse scans every entry for every query, which at national scale (200,000
 * entries) took ~0.2 s; `indexOf` over the joined text finds the few entries that can match in milliseconds, and
 * Fuse then matches and ranks just those.
 */
export interface SearchEngine {
  entries: SearchEntry[];
  text: string;
  starts: Int32Array;
}

/** Candidates ranked by Fuse at most; past this, units and definitions come first, then file order. */
export const MAX_CANDIDATES = 2000;
const TYPE_ORDER: Record<SearchEntry["type"], number> = {
  unit: 0,
  metric: 1,
  page: 2,
  report: 3,
  definition: 4,
  code: 5,
  project: 6,
};

export function createSearch(entries: SearchEntry[]): SearchEngine {
  const starts = new Int32Array(entries.length);
  const parts: string[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const text = [e.title, e.title_en, e.pinyin, e.initials, e.keywords ?? ""].join("\u0001").toLowerCase();
    starts[i] = offset;
    parts.push(text);
    offset += text.length + 1;
  });
  return { entries, text: parts.join("\u0000"), starts };
}

/** Entries whose text contains `term` (in any key), in entry order. */
function containing(engine: SearchEngine, term: string): number[] {
  const found: number[] = [];
  const { text, starts } = engine;
  let at = text.indexOf(term);
  while (at >= 0) {
    // The entry holding offset `at`: the last start ≤ at.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    found.push(lo);
    const next = lo + 1 < starts.length ? (starts[lo + 1] ?? text.length) : text.length;
    at = text.indexOf(term, next);
  }
  return found;
}

/**
 * Exact-substring search (Fuse extended syntax `'term`), every whitespace-separated term required: 广东 never
 * matches 广西 or 山东, while pinyin and initials still work.
 */
export function searchEntries(engine: SearchEngine, query: string, limit = 50): SearchEntry[] {
  const exact = searchTerms(engine, termsOf(query), limit);
  if (exact.length) return exact;
  // Nothing as typed: the loose pinyin of each term ("ansan" finds 鞍山, anshan). A Fuse fuzzy pass over the
  // units was tried here and took 3–6 s per query at 6,000 units, so typo tolerance stays this indexOf pass.
  const loose = termsOf(query).map(loosePinyin);
  return searchTerms(engine, loose, limit);
}

const termsOf = (query: string) =>
  query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(/[|'"!^$=]/g, ""))
    .filter(Boolean);

function searchTerms(engine: SearchEngine, terms: string[], limit: number): SearchEntry[] {
  if (!terms.length) return [];
  // Entries containing every term somewhere (a superset of Fuse's matches, which need all terms in one key).
  let ids: number[] | null = null;
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const hits = containing(engine, term);
    if (ids === null) ids = hits;
    else {
      const keep = new Set(hits);
      ids = ids.filter((i) => keep.has(i));
    }
    if (!ids.length) return [];
  }
  let candidates = (ids ?? []).map((i) => engine.entries[i] as SearchEntry);
  if (candidates.length > MAX_CANDIDATES)
    candidates = candidates
      .map((e, i) => ({ e, i }))
      .sort((a, b) => TYPE_ORDER[a.e.type] - TYPE_ORDER[b.e.type] || a.i - b.i)
      .slice(0, MAX_CANDIDATES)
      .map(({ e }) => e);
  const pattern = terms.map((term) => `'${term}`).join(" ");
  return new Fuse(candidates, FUSE_OPTIONS).search(pattern, { limit }).map((r) => r.item);
}
