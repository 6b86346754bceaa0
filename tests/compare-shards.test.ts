import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { METRICS } from "../src/lib/model/metrics/registry.ts";
import { buildSite } from "../src/lib/site/build-site.ts";
import { compareIndex, compareShard } from "../src/lib/site/compare-shards.ts";

const report = validateDataDir(fileURLToPath(new URL("../data", import.meta.url)));
if (!report.data) throw new Error("data/ does not validate");
const site = buildSite({ data: report.data, problems: report.checks, counts: report.counts, readChecks: () => [] });
/** A report's figure for a metric: the shard lists them in registry order. */
const at = (shard: ReturnType<typeof compareShard>, doc: string, metric: string) =>
  shard?.[doc]?.[METRICS.findIndex((m) => m.id === metric)];

describe("compareIndex(index)", () => {
  const { provinces, units } = compareIndex(site.index);

  it("lists every unit with a report once, sorted by id, with its province and its reports", () => {
    expect(units.map((u) => [u[0], u[3], u[5]])).toEqual([
      ["210300-bureau", "210000", [["210300-bureau-2024-budget", 2024, "budget"]]],
      ["210311-bureau", "210000", [["210311-bureau-2024-final", 2024, "final"]]],
      ["210400-centre", "210000", [["210400-centre-2024-budget", 2024, "budget"]]],
      ["411624-bureau", "410000", [["411624-bureau-2024-budget", 2024, "budget"]]],
    ]);
  });

  it("names each province once, with its pinyin", () => {
    expect(Object.keys(provinces)).toEqual(["210000", "410000"]);
    expect(provinces["210000"]?.slice(0, 2)).toEqual(["辽宁省", "Liaoning"]);
    expect(provinces["410000"]?.slice(0, 2)).toEqual(["河南省", "Henan"]);
    expect(provinces["210000"]?.[2]).toContain("liaoningsheng");
    expect(provinces["410000"]?.[2]).toContain("henansheng");
  });

  it("holds names in both languages and keywords a reader types: pinyin of the name and places, short name", () => {
    const shenqiu = units.find((u) => u[0] === "411624-bureau");
    expect(shenqiu?.slice(1, 3)).toEqual(["沈丘县医疗保障局", "Shenqiu County Healthcare Security Administration"]);
    for (const word of ["周口市", "zhoukou", "shenqiu", "沈丘县医保局"]) expect(shenqiu?.[4]).toContain(word);
  });
});

describe("compareShard(index, province)", () => {
  it("holds exactly the province's reports: 辽宁 has 鞍山, 千山 and 抚顺; 河南 has 沈丘", () => {
    expect(Object.keys(compareShard(site.index, "210000") ?? {})).toEqual([
      "210300-bureau-2024-budget",
      "210311-bureau-2024-final",
      "210400-centre-2024-budget",
    ]);
    expect(Object.keys(compareShard(site.index, "410000") ?? {})).toEqual(["411624-bureau-2024-budget"]);
  });

  it("returns null for a province with no units", () => {
    expect(compareShard(site.index, "990000")).toBeNull();
  });

  it("gives each report one figure per metric of the registry", () => {
    const henan = compareShard(site.index, "410000");
    expect(henan?.["411624-bureau-2024-budget"]).toHaveLength(METRICS.length);
  });

  it("keeps figures as printed, with their line: 002 line 251 合计 3,143.81; 003 line 41 合计 58,149.15", () => {
    expect(at(compareShard(site.index, "410000"), "411624-bureau-2024-budget", "total_expenditure")).toEqual([
      "value",
      "3,143.81",
      251,
    ]);
    expect(at(compareShard(site.index, "210000"), "210400-centre-2024-budget", "total_expenditure")).toEqual([
      "value",
      "58,149.15",
      41,
    ]);
  });

  it("keeps blank, stated zero and not applicable apart from 0", () => {
    const liaoning = compareShard(site.index, "210000");
    const henan = compareShard(site.index, "410000");
    // 000 line 456: 因公出国（境）费 left empty, the 三公 total printed 2.00.
    expect(at(liaoning, "210300-bureau-2024-budget", "three_public_overseas")?.slice(0, 2)).toEqual(["blank", null]);
    expect(at(liaoning, "210300-bureau-2024-budget", "three_public_total")?.slice(0, 2)).toEqual(["value", "2.00"]);
    // 002: the 三公 table (line 380) is printed empty; line 104 says 预算为 0.00 万元.
    expect(at(henan, "411624-bureau-2024-budget", "three_public_total")?.slice(0, 2)).toEqual(["stated_zero", null]);
    // A budget has no execution rate.
    expect(at(henan, "411624-bureau-2024-budget", "three_public_execution_rate")).toEqual([
      "not_applicable",
      null,
      null,
    ]);
  });

  it("carries the findings a figure rests on: 沈丘's 人员经费 (line 349) is flagged F01, F02", () => {
    const f = at(compareShard(site.index, "410000"), "411624-bureau-2024-budget", "personnel_expense_reported");
    expect(f).toEqual(["value", "729.89", 349, ["F01", "F02"]]);
  });

  it("writes ratios as percentages: 沈丘 人员经费 729.89 ÷ 基本支出 743.81 = 98.13%", () => {
    const f = at(compareShard(site.index, "410000"), "411624-bureau-2024-budget", "personnel_share_of_basic");
    // 729.89 / 743.81 = 0.98128…
    expect(f?.[1]).toBe("98.13%");
  });
});
