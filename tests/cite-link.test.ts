import { describe, expect, it } from "vitest";
import { citeLink, reportFigurePath } from "../src/lib/render/cite-link.ts";
import type { MetricValue } from "../src/lib/model/metrics/values.ts";

// 千山 2024 final (210311-bureau-2024-final), 公开05表: the 合计 row is printed on text line 372 and 2101103
// 公务员医疗补助 on line 375; a ratio of the two cites line 372 twice (two columns) and line 375 once.
const DOC = "210311-bureau-2024-final";
const src = (line: number) => ({
  document_id: DOC,
  table_id: "T05",
  table_no: "公开05表",
  table_title: "一般公共预算财政拨款支出决算表",
  line,
});
const ratio: MetricValue = { state: "value", value: 1, basis: "derived", sources: [src(372), src(372), src(375)] };
const row = (result: MetricValue, metric = "total_expenditure", fiscal_year = 2024) => ({
  document_id: DOC,
  metric,
  fiscal_year,
  result,
});
const parts = (m: { toString(): string }) => {
  const s = m.toString();
  return { href: /href="([^"]*)"/.exec(s)?.[1], text: /">([^<]*)<\/a>/.exec(s)?.[1] };
};

describe("citeLink(row, docYear, lang, sourceViewer)", () => {
  it("links the first printed line in the source viewer, saying how many more lines there are (372, +1 for 375)", () => {
    expect(parts(citeLink(row(ratio), 2024, "zh", true))).toEqual({ href: `/sources/${DOC}/#L372`, text: "第372行+1" });
    // An English page links the English viewer (same text as printed, English headings).
    expect(parts(citeLink(row(ratio), 2024, "en", true))).toEqual({
      href: `/en/sources/${DOC}/#L372`,
      text: "l. 372 +1",
    });
  });

  it("without the source viewer, links the figure's row on its report page in the page's language", () => {
    expect(parts(citeLink(row(ratio), 2024, "en", false)).href).toBe(`/en/reports/${DOC}/#m-total_expenditure`);
    // A prior year's figure from the narrative (2023 in the 2024 report) stands in the year-on-year table.
    expect(parts(citeLink(row(ratio, "total_expenditure", 2023), 2024, "zh", false)).href).toBe(
      `/reports/${DOC}/#y-total_expenditure-2023`,
    );
  });

  it("writes nothing for a figure without a source (not disclosed, not applicable, no document year)", () => {
    expect(citeLink(row({ state: "not_disclosed" }), 2024, "zh", true).toString()).toBe("");
    expect(citeLink(row({ state: "not_applicable", note: "budget_no_execution" }), 2024, "zh", true).toString()).toBe(
      "",
    );
    expect(citeLink(undefined, 2024, "zh", true).toString()).toBe("");
    expect(citeLink(row(ratio), undefined, "zh", true).toString()).toBe("");
  });

  it("reportFigurePath(row, docYear) puts a change (_yoy) in the year-on-year table even for the report's own year", () => {
    expect(reportFigurePath(row(ratio, "total_expenditure_yoy"), 2024)).toBe(
      `reports/${DOC}/#y-total_expenditure_yoy-2024`,
    );
  });
});
