import Fuse, { type IFuseOptions } from "fuse.js";

/** One searchable thing: a unit, a classification item, a project or a definition. */
export interface SearchEntry {
  type: "unit" | "code" | "project" | "definition";
  title: string;
  title_en: string;
  /** Full pinyin without tones or spaces, and the initials: "fushun…" and "fs…". */
  pinyin: string;
  initials: string;
  path: string;
}

/** The field of an entry holding its title in each language of the curated data (`title` is Chinese). */
export const TITLE_FIELD = { zh: "title", en: "title_en" } as const satisfies Record<string, keyof SearchEntry>;
export type TitleField = (typeof TITLE_FIELD)[keyof typeof TITLE_FIELD];

export const FUSE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: ["title", "title_en", "pinyin", "initials"],
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
const TYPE_ORDER: Record<SearchEntry["type"], number> = { unit: 0, definition: 1, code: 2, project: 3 };

export function createSearch(entries: SearchEntry[]): SearchEngine {
  const starts = new Int32Array(entries.length);
  const parts: string[] = [];
  let offset = 0;
  entries.forEach((e, i) => {
    const text = [e.title, e.title_en, e.pinyin, e.initials].join("\u0001").toLowerCase();
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
  const terms = query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((term) => term.replace(/[|'"!^$=]/g, ""))
    .filter(Boolean);
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
