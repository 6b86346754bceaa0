import { readFileSync } from "node:fs";
import { createSearch, type SearchEntry, searchEntries } from "../../src/lib/model/search.ts";
import { percentile } from "./stats.ts";

/** Queries a reader might type: names, places, pinyin and initials, codes, English, and one that finds nothing. */
const QUERIES = [
  "医疗保障局",
  "医保",
  "鞍山",
  "沈丘",
  "抚顺",
  "千山区",
  "服务中心",
  "Anshan",
  "Shenqiu",
  "healthcare security",
  "service centre",
  "county",
  "district",
  "municipal",
  "卫生健康",
  "行政运行",
  "城乡医疗救助",
  "住房公积金",
  "公务员医疗补助",
  "基金监管",
  "2101301",
  "210",
  "三公",
  "人员经费",
  "anshan",
  "fushun",
  "ylbz",
  "as",
  "安宁",
  "江西省",
  "Hebei",
  "xyz-no-such-thing",
];

export interface SearchTiming {
  module: string;
  how: string;
  entries: number;
  queries: number;
  runs: number;
  /** Reading and parsing the index and createSearch over it. */
  loadMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * Query time of the site's own search (createSearch + searchEntries, as the search page runs them) over a built
 * index: every query once to warm up, then as many rounds as fit in `budgetMs` (at least 1, at most 20).
 */
export function searchTiming(indexFiles: readonly string[], { budgetMs = 15_000 } = {}): SearchTiming {
  const started = performance.now();
  const entries = indexFiles.flatMap((file) => {
    const shard = JSON.parse(readFileSync(file, "utf8")) as SearchEntry[];
    if (!Array.isArray(shard)) throw new Error(`${file} is not a list of search entries`);
    return shard;
  });
  const engine = createSearch(entries);
  const loadMs = performance.now() - started;
  const timed = (q: string) => {
    const t = performance.now();
    searchEntries(engine, q);
    return performance.now() - t;
  };
  const warm = QUERIES.reduce((a, q) => a + timed(q), 0);
  const rounds = Math.max(1, Math.min(20, Math.floor(budgetMs / Math.max(warm, 1))));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) for (const q of QUERIES) times.push(timed(q));
  times.sort((a, b) => a - b);
  return {
    module: "src/lib/model/search.ts",
    how: "searchEntries(createSearch(index), q)",
    entries: entries.length,
    queries: QUERIES.length,
    runs: times.length,
    loadMs,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: times.at(-1) ?? 0,
  };
}
