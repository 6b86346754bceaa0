/**
 * The queries of issue 15 over the built site's search index (all shards, as the search page loads them). What each
 * must find comes from the reports and units.csv: 鞍山市 is division 210300 in 辽宁; its bureau is 鞍山市医疗保障局.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSearch, SEARCH_SHARDS, searchEntries, type SearchEntry } from "../src/lib/model/search.ts";
import { ROOT_OUT } from "./setup/global.ts";

const shard = (s: string) =>
  JSON.parse(readFileSync(join(ROOT_OUT, "search-index", `${s}.json`), "utf8")) as SearchEntry[];
const engine = createSearch(SEARCH_SHARDS.flatMap(shard));
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
