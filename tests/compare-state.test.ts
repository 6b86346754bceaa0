import { describe, expect, it } from "vitest";
import {
  MAX_REPORTS,
  figureNumber,
  formatCompareState,
  indexRows,
  matchReports,
  parseCompareState,
  shardsOf,
} from "../public/js/compare-state.js";

type Row = [string, string, string, string, string, number, string, string];
const ROWS: Row[] = [
  [
    "210300-bureau-2024-budget",
    "210300-bureau",
    "鞍山市医疗保障局",
    "Anshan Municipal",
    "210000",
    2024,
    "budget",
    "210300 辽宁省 anshan",
  ],
  [
    "411624-bureau-2024-budget",
    "411624-bureau",
    "沈丘县医疗保障局",
    "Shenqiu County",
    "410000",
    2024,
    "budget",
    "411624 河南省 shenqiu",
  ],
  [
    "210311-bureau-2024-final",
    "210311-bureau",
    "千山区医疗保障局",
    "Qianshan District",
    "210000",
    2024,
    "final",
    "210311 辽宁省 qianshan",
  ],
];

describe("parseCompareState(search)", () => {
  it("reads ?r=a,b in order and the metric", () => {
    expect(parseCompareState("?r=a,b&metric=m")).toEqual({ ids: ["a", "b"], extra: [], metric: "m" });
  });
  it("reads repeated r= too, drops repeats and empty parts", () => {
    expect(parseCompareState("?r=a,,b&r=a&r=c")).toEqual({ ids: ["a", "b", "c"], extra: [], metric: "" });
  });
  it("keeps at most MAX_REPORTS (4) and returns the rest as extra", () => {
    expect(MAX_REPORTS).toBe(4);
    expect(parseCompareState("?r=a,b,c,d,e,f")).toEqual({ ids: ["a", "b", "c", "d"], extra: ["e", "f"], metric: "" });
  });
  it("reads an empty query as nothing chosen", () => {
    expect(parseCompareState("")).toEqual({ ids: [], extra: [], metric: "" });
  });
  it("decodes percent-encoded ids", () => {
    expect(parseCompareState("?r=a%2Cb").ids).toEqual(["a", "b"]);
  });
});

describe("formatCompareState(state)", () => {
  it("writes ?r=a,b&metric=m with readable commas", () => {
    expect(formatCompareState({ ids: ["a", "b"], extra: [], metric: "m" })).toBe("?r=a,b&metric=m");
  });
  it("writes nothing for an empty state", () => {
    expect(formatCompareState({ ids: [], extra: [], metric: "" })).toBe("");
  });
  it("reads back what it wrote", () => {
    const s = { ids: ["210300-bureau-2024-budget", "411624-bureau-2024-budget"], extra: [], metric: "x" };
    expect(parseCompareState(formatCompareState(s))).toEqual(s);
  });
});

describe("shardsOf(ids, rows)", () => {
  it("splits known from unknown ids and names each province's shard once, sorted", () => {
    expect(
      shardsOf(["411624-bureau-2024-budget", "nope", "210311-bureau-2024-final", "210300-bureau-2024-budget"], ROWS),
    ).toEqual({
      known: ["411624-bureau-2024-budget", "210311-bureau-2024-final", "210300-bureau-2024-budget"],
      unknown: ["nope"],
      provinces: ["210000", "410000"],
    });
  });
});

describe("matchReports(rows, query)", () => {
  it("finds by Chinese name, pinyin, English, division code and province", () => {
    const ids = (q: string) => (matchReports(ROWS, q) as Row[]).map((r) => r[0]);
    expect(ids("沈丘")).toEqual(["411624-bureau-2024-budget"]);
    expect(ids("shenqiu")).toEqual(["411624-bureau-2024-budget"]);
    expect(ids("qianshan district")).toEqual(["210311-bureau-2024-final"]);
    expect(ids("210300")).toEqual(["210300-bureau-2024-budget"]);
    expect(ids("辽宁省")).toEqual(["210300-bureau-2024-budget", "210311-bureau-2024-final"]);
  });
  it("returns nothing for an empty query and respects the limit", () => {
    expect(matchReports(ROWS, "  ")).toEqual([]);
    expect(matchReports(ROWS, "2024", 2)).toHaveLength(2);
  });
});

describe("indexRows(json)", () => {
  it("gives one row per report, with its unit's names and its province's names among the keywords", () => {
    const json = {
      provinces: { "410000": ["河南省", "Henan", "henansheng"] },
      units: [
        [
          "411624-bureau",
          "沈丘县医疗保障局",
          "Shenqiu County",
          "410000",
          "shenqiu",
          [
            ["411624-bureau-2023-final", 2023, "final"],
            ["411624-bureau-2024-budget", 2024, "budget"],
          ],
        ],
      ],
    };
    expect(indexRows(json)).toEqual([
      [
        "411624-bureau-2023-final",
        "411624-bureau",
        "沈丘县医疗保障局",
        "Shenqiu County",
        "410000",
        2023,
        "final",
        "shenqiu 河南省 Henan henansheng",
      ],
      [
        "411624-bureau-2024-budget",
        "411624-bureau",
        "沈丘县医疗保障局",
        "Shenqiu County",
        "410000",
        2024,
        "budget",
        "shenqiu 河南省 Henan henansheng",
      ],
    ]);
  });
});

describe("figureNumber(text)", () => {
  it("reads the printed text back: 3,143.81 and 98.13% (a bar's length)", () => {
    expect(figureNumber("3,143.81")).toBe(3143.81);
    expect(figureNumber("98.13%")).toBe(98.13);
    expect(figureNumber("-1,200.50")).toBe(-1200.5);
  });
});
