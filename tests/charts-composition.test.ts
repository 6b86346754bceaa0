/**
 * Composition charts (lib/charts/composition.ts, unit-composition.ts, render/composition-svg.ts) and the unit page's
 * "what the spending is made of" charts. Shares worked out by hand from the reports:
 * - 002 (沈丘 2024 budget) line 86: 支出合计 3143.81, 项目支出 2400.00; line 100: 人员经费 729.89, 公用经费 13.92.
 *   729.89 / 3143.81 = 0.23217 → 23.2 %; 13.92 / 3143.81 = 0.00443 → 0.4 %; 2400.00 / 3143.81 = 0.76340 → 76.3 %;
 *   729.89 + 13.92 + 2400.00 = 3143.81: nothing is left unitemised.
 * - 000 (鞍山 bureau 2024 budget) line 311 (合计 row): 593.40 = 人员经费 424.29 + 公用经费 24.00 + 项目 145.11.
 *   424.29 / 593.40 = 0.71502 → 71.5 %; 24.00 / 593.40 = 0.04045 → 4.0 %; 145.11 / 593.40 = 0.24454 → 24.5 %.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { compositionModel, shareText } from "../src/lib/charts/composition.ts";
import { COMPOSITIONS, unitComposition } from "../src/lib/charts/unit-composition.ts";
import type { MetricRow } from "../src/lib/model/metrics/index.ts";
import { compositionSvgMarkup } from "../src/lib/render/composition-svg.ts";
import { ROOT_OUT } from "./setup/global.ts";

const SHENQIU = {
  key: "411624-bureau-2024-budget",
  label: "2024 预算",
  total: 3143.81,
  parts: [
    { key: "personnel_expense_reported", value: 729.89 },
    { key: "public_expense_reported", value: 13.92 },
    { key: "project_expenditure", value: 2400.0 },
  ],
};

describe("compositionModel(bars)", () => {
  it("splits a report's total into its parts' shares (沈丘 2024 budget)", () => {
    const m = compositionModel([SHENQIU]);
    const row = m.rows[0]!;
    expect(row.segments.map((s) => s.key)).toEqual([
      "personnel_expense_reported",
      "public_expense_reported",
      "project_expenditure",
    ]);
    expect(row.segments.map((s) => shareText(s.share))).toEqual(["23.2%", "0.4%", "76.3%"]);
    // The bar spans the whole plot; the narrow public-expense segment prints no share inside.
    const last = row.segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(m.plotRight, 1);
    expect(row.segments[1]!.label).toBe("");
    expect(row.excess).toBeNull();
  });

  it("draws parts short of the total with a grey rest, parts over it against their sum, and no bar without a total", () => {
    const m = compositionModel([
      // Parts 60 + 20 of a total of 100: 20 not itemised.
      {
        key: "a",
        label: "a",
        total: 100,
        parts: [
          { key: "p", value: 60 },
          { key: "q", value: 20 },
        ],
      },
      // A part not disclosed: the rest of the total is not itemised.
      {
        key: "b",
        label: "b",
        total: 100,
        parts: [
          { key: "p", value: 30 },
          { key: "q", value: null },
        ],
      },
      // Parts 70 + 40 = 110 over a total of 100: drawn against 110, the 10 stated.
      {
        key: "c",
        label: "c",
        total: 100,
        parts: [
          { key: "p", value: 70 },
          { key: "q", value: 40 },
        ],
      },
      // A rounding difference (0.004) is no rest.
      {
        key: "d",
        label: "d",
        total: 100,
        parts: [
          { key: "p", value: 49.998 },
          { key: "q", value: 49.998 },
        ],
      },
      { key: "e", label: "e", total: null, parts: [{ key: "p", value: 1 }] },
      {
        key: "f",
        label: "f",
        total: 10,
        parts: [
          { key: "p", value: 12 },
          { key: "q", value: -2 },
        ],
      },
    ]);
    const shares = (i: number) => m.rows[i]!.segments.map((s) => `${s.key} ${shareText(s.share)}`);
    expect(shares(0)).toEqual(["p 60.0%", "q 20.0%", "rest 20.0%"]);
    expect(shares(1)).toEqual(["p 30.0%", "rest 70.0%"]);
    expect(shares(2)).toEqual(["p 63.6%", "q 36.4%"]);
    expect(m.rows[2]!.excess).toBe(10);
    expect(shares(3)).toEqual(["p 50.0%", "q 50.0%"]);
    expect(m.rows[4]!.empty).toBe(true);
    expect(m.rows[5]!.empty).toBe(true);
    expect(m.rows[5]!.segments).toEqual([]);
  });

  it("writes one SVG with its colours on the elements and a description", () => {
    const svg = String(
      compositionSvgMarkup(
        { id: "c", title: "T", description: "D", empty: "none" },
        compositionModel([SHENQIU, { key: "x", label: "x", total: null, parts: [] }]),
      ),
    );
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="c-title c-desc"/);
    // One group per part, each with its fill: 3 segments, then 1 outline.
    expect(svg.match(/<g class="part part-/g)).toHaveLength(3);
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain('fill="#1f4e79"');
    expect(svg).toContain(">76.3%</text>");
    expect(svg).toContain(">none</text>");
  });
});

describe("unitComposition(docs, composition, rowsOf)", () => {
  const row = (document_id: string, fiscal_year: number, metric: string, value: number | null): MetricRow => ({
    unit_id: "u",
    fiscal_year,
    stage: "budget",
    scope: "own",
    metric,
    unit: "万元",
    document_id,
    result: value === null ? { state: "not_disclosed" } : { state: "value", value, basis: "table", sources: [] },
  });
  const docs = [
    { document_id: "d2024", fiscal_year: 2024, stage: "budget" as const, scope: "own" as const },
    { document_id: "d2023", fiscal_year: 2023, stage: "budget" as const, scope: "own" as const },
  ];
  const rows: Record<string, MetricRow[]> = {
    // 2024's report also states 2023's total (a prior-year figure from its text): not 2024's bar.
    d2024: [row("d2024", 2024, "total_expenditure", 100), row("d2024", 2023, "total_expenditure", 90)],
    d2023: [row("d2023", 2023, "total_expenditure", null)],
  };
  it("takes each report's own-year figures, oldest first, and leaves out a report without its total", () => {
    const { bars } = unitComposition(
      docs,
      COMPOSITIONS[0],
      (id) => rows[id] ?? [],
      (d) => String(d.fiscal_year),
    );
    expect(bars.map((b) => [b.label, b.total])).toEqual([["2024", 100]]);
    expect(bars[0]!.parts.map((p) => p.value)).toEqual([null, null, null]);
  });
});

describe("the unit page's composition charts (real data)", () => {
  const page = (path: string) => parse(readFileSync(join(ROOT_OUT, path, "index.html"), "utf8"));
  const cells = (path: string, id: string) =>
    page(path)
      .querySelectorAll(`#${id} .chart-data tbody tr`)
      .map((tr) => tr.querySelectorAll("th, td").map((c) => c.text.trim()));

  it("沈丘 2024 budget: personnel, public and project spending with their shares of 3,143.81", () => {
    expect(cells("units/411624-bureau/", "composition-411624-bureau-spending")).toEqual([
      ["2024 预算", "3,143.81", "729.89 (23.2%)", "13.92 (0.4%)", "2,400.00 (76.3%)"],
    ]);
  });

  it("鞍山 bureau 2024 budget: 424.29 + 24.00 + 145.11 of 593.40, in English too", () => {
    expect(cells("en/units/210300-bureau/", "composition-210300-bureau-spending")).toEqual([
      ["2024 Budget", "593.40", "424.29 (71.5%)", "24.00 (4.0%)", "145.11 (24.5%)"],
    ]);
  });

  it("each chart has a legend for every colour, its own note, a source naming the report, and embed code", () => {
    const fig = page("units/411624-bureau/").querySelector("#composition-411624-bureau-spending")!;
    const legend = fig.querySelectorAll(".legend [data-swatch]").map((k) => k.text.trim());
    expect(legend).toEqual(["人员经费（报告口径）", "公用经费（报告口径）", "项目支出"]);
    expect(fig.querySelector(".notes")!.text).toContain("人员经费、公用经费为报告所列基本支出的两部分");
    expect(fig.querySelector(".source-line")!.text).toContain("沈丘县医疗保障局2024年度部门预算");
    expect(fig.getAttribute("data-credit")).toBe(
      "yibao-budgets · https://yibao-budgets.test/units/411624-bureau/#composition-411624-bureau-spending",
    );
    expect(fig.querySelector(".embed-code textarea")!.text).toContain(
      'src="https://yibao-budgets.test/units/411624-bureau/#embed-composition-411624-bureau-spending"',
    );
  });
});
