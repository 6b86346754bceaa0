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

export const FUSE_OPTIONS: IFuseOptions<SearchEntry> = {
  keys: ["title", "title_en", "pinyin", "initials"],
  useExtendedSearch: true,
  ignoreLocation: true,
  threshold: 0,
};

export function createSearch(entries: SearchEntry[]): Fuse<SearchEntry> {
  return new Fuse(entries, FUSE_OPTIONS);
}

/**
 * Exact-substring search (Fuse extended syntax `'term`), every whitespace-separated term required: 广东 never
 * matches 广西 or 山东, while pinyin and initials still work.
 */
export function searchEntries(fuse: Fuse<SearchEntry>, query: string, limit = 50): SearchEntry[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return [];
  const pattern = terms.map((term) => `'${term.replace(/[|'"!^$=]/g, "")}`).join(" ");
  return fuse.search(pattern, { limit }).map((r) => r.item);
}
