import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { METRICS } from "../src/lib/model/metrics/registry.ts";
import { buildSite } from "../src/lib/site/build-site.ts";
import { compareIndex, compareShard } from "../src/lib/site/compare-shards.ts";

const report = validateDataDir(fileURLToPath(new URL("../data", import.meta.url)));
const site = buildSite({ data: report.data, problems: report.checks, counts: report.counts, readChecks: () => [] });
const at = (shard: ReturnType<typeof compareShard>, doc: string, metric: string) =>
  shard?.[doc]?.find((f) => f[0] === metric);

describe("compareIndex(index)", () => {
  const rows = compareIndex(site.index);

  it("lists every report once, sorted by id, with its province's code", () => {
    expect(rows.map((r) => [r[0], r[4]])).toEqual([
      ["210300-bureau-2024-budget", "210000"],
      ["210311-bureau-2024-final", "210000"],
      ["210400-centre-2024-budget", "210000"],
      ["411624-bureau-2024-budget", "410000"],
    ]);
  });

  it("holds names in both languages and keywords a reader types: pinyin, division code, province, short name", () => {
    const shenqiu = rows.find((r) => r[0] === "411624-bureau-2024-budget");
    expect(shenqiu?.slice(1, 7)).toEqual([
      "411624-bureau",
      "沈丘县医疗保障局",
      "Shenqiu County Healthcare Security Administration",
      "410000",
      2024,
      "budget",
    ]);
    for (const word of ["411624", "河南省", "Henan", "shenqiu", "沈丘县医保局"]) expect(shenqiu?.[7]).toContain(word);
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

  it("gives each report every metric in registry order", () => {
    const henan = compareShard(site.index, "410000");
    expect(henan?.["411624-bureau-2024-budget"]?.map((f) => f[0])).toEqual(METRICS.map((m) => m.id));
  });

  it("keeps figures as printed, with their line: 002 line 251 合计 3,143.81; 003 line 41 合计 58,149.15", () => {
    expect(at(compareShard(site.index, "410000"), "411624-bureau-2024-budget", "total_expenditure")).toEqual([
      "total_expenditure",
      "value",
      3143.81,
      "3,143.81",
      [],
      251,
    ]);
    expect(at(compareShard(site.index, "210000"), "210400-centre-2024-budget", "total_expenditure")).toEqual([
      "total_expenditure",
      "value",
      58149.15,
      "58,149.15",
      [],
      41,
    ]);
  });

  it("keeps blank, stated zero and not applicable apart from 0", () => {
    const liaoning = compareShard(site.index, "210000");
    const henan = compareShard(site.index, "410000");
    // 000 line 456: 因公出国（境）费 left empty, the 三公 total printed 2.00.
    expect(at(liaoning, "210300-bureau-2024-budget", "three_public_overseas")?.slice(1, 4)).toEqual([
      "blank",
      null,
      null,
    ]);
    expect(at(liaoning, "210300-bureau-2024-budget", "three_public_total")?.slice(1, 4)).toEqual(["value", 2, "2.00"]);
    // 002: the 三公 table (line 380) is printed empty; line 104 says 预算为 0.00 万元.
    expect(at(henan, "411624-bureau-2024-budget", "three_public_total")?.slice(1, 4)).toEqual([
      "stated_zero",
      null,
      null,
    ]);
    // A budget has no execution rate.
    expect(at(henan, "411624-bureau-2024-budget", "three_public_execution_rate")?.slice(1, 4)).toEqual([
      "not_applicable",
      null,
      null,
    ]);
  });

  it("carries the findings a figure rests on: 沈丘's 人员经费 (line 349) is flagged F01, F02", () => {
    const f = at(compareShard(site.index, "410000"), "411624-bureau-2024-budget", "personnel_expense_reported");
    expect(f?.[4]).toEqual(["F01", "F02"]);
    expect(f?.[5]).toBe(349);
  });

  it("writes ratios as percentages: 沈丘 人员经费 729.89 ÷ 基本支出 743.81 = 98.13%", () => {
    const f = at(compareShard(site.index, "410000"), "411624-bureau-2024-budget", "personnel_share_of_basic");
    expect(f?.[3]).toBe("98.13%");
    expect(f?.[2]).toBeCloseTo(729.89 / 743.81, 12);
  });
});
