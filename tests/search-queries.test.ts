/**
 * The queries of issue 15 over the built site's search index (all shards, as the search page loads them). What each
 * must find comes from the reports and units.csv: 鞍山市 is division 210300 in 辽宁; its bureau is 鞍山市医疗保障局.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSearch, SEARCH_SHARDS, searchEntries, type SearchEntry } from "../src/lib/model/search.ts";
import { ROOT_OUT } from "./setup/global.ts";
import { routeQuery, type Places } from "../src/lib/model/search-places.ts";

const shard = (s: string) =>
  JSON.parse(readFileSync(join(ROOT_OUT, "search-index", `${s}.json`), "utf8")) as SearchEntry[];
// Every shard the page can load: main, reports, projects and one units-<province> per province (not places.json).
const unitShards = readdirSync(join(ROOT_OUT, "search-index"))
  .filter((f) => /^units-\d{6}\.json$/.test(f))
  .map((f) => f.replace(/\.json$/, ""));
const engine = createSearch([...unitShards, ...SEARCH_SHARDS].flatMap(shard));
const paths = (q: string) => searchEntries(engine, q).map((e) => e.path);

describe("search over the built index", () => {
  it("三公 finds the 三公 metric page", () => {
    expect(paths("三公")).toContain("metrics/three-public/");
  });
  it("ansan (a typo of anshan) finds 鞍山市医疗保障局", () => {
    expect(paths("ansan")).toContain("units/210300-bureau/");
  });
  it("liaoning finds the 辽宁 province pages and its units", () => {
    const found = paths("liaoning");
    expect(found).toContain("compare/210000/");
    expect(found).toContain("over-time/210000/");
    expect(found).toContain("units/210400-centre/");
    expect(found).not.toContain("units/411624-bureau/");
  });
  it("210300 finds 鞍山市's bureau and its report", () => {
    expect(paths("210300").slice().sort()).toEqual(["reports/210300-bureau-2024-budget/", "units/210300-bureau/"]);
  });
  it("医保局 finds every 医疗保障局 and no service centre", () => {
    const units = searchEntries(engine, "医保局").filter((e) => e.type === "unit");
    expect(units.map((e) => e.path).sort()).toEqual([
      "units/210300-bureau/",
      "units/210311-bureau/",
      "units/210400-bureau/",
      "units/411624-bureau/",
    ]);
  });
  it("医保中心 finds the service centres, 医疗保障事务服务中心 included", () => {
    const units = searchEntries(engine, "医保中心").filter((e) => e.type === "unit");
    expect(units.map((e) => e.path).sort()).toEqual([
      "units/210311-centre/",
      "units/210400-centre/",
      "units/411624-centre/",
    ]);
  });
  it("reports and the methodology page are indexed", () => {
    expect(paths("沈丘 2024")).toContain("reports/411624-bureau-2024-budget/");
    expect(paths("方法")).toContain("methodology/");
  });
  it("projects are not in the first shard", () => {
    expect(shard("main").filter((e) => e.type === "project" || e.type === "report")).toEqual([]);
  });
  it("a query that matches nothing finds nothing", () => {
    expect(paths("xyz-no-such-thing")).toEqual([]);
  });
});

describe("the search index's shards (built site)", () => {
  const units = unitShards.map((s) => ({ s, entries: shard(s) }));
  it("puts each unit in its province's shard, and none in main.json", () => {
    // units.csv: 鞍山 210300, 千山 210311 and 抚顺 210400 are in 辽宁 (21), 沈丘 411624 in 河南 (41).
    expect(unitShards).toEqual(["units-210000", "units-410000"]);
    for (const { s, entries } of units)
      for (const e of entries) {
        expect(e.type).toBe("unit");
        expect(s).toBe(`units-${e.path.slice(6, 8)}0000`);
      }
    expect(units.flatMap(({ entries }) => entries).map((e) => e.path)).toContain("units/411624-bureau/");
    expect(shard("main").filter((e) => e.type === "unit")).toEqual([]);
  });

  it("routes a place to its province's shard with places.json", () => {
    const places = JSON.parse(readFileSync(join(ROOT_OUT, "search-index", "places.json"), "utf8")) as Places;
    expect(places.map(([code]) => code)).toEqual(["210000", "410000"]);
    expect(routeQuery(places, "鞍山")).toEqual(["210000"]);
    expect(routeQuery(places, "ansan")).toEqual(["210000"]);
    expect(routeQuery(places, "沈丘")).toEqual(["410000"]);
    expect(routeQuery(places, "411624")).toEqual(["410000"]);
    expect(routeQuery(places, "医保局")).toEqual([]);
  });
});
