/**
 * Time series (lib/charts/series.ts, unit-series.ts, render/series-svg.ts) and the unit page's "over the years"
 * charts. The real data has one year (2024) a report; its narratives state the prior year, so 鞍山's bureau has
 * two budget years for two headline figures, worked out by hand from 000 (鞍山 2024 budget):
 * - line 163: 收支预算 593.4 万元, "比上年增加5.13万元" → 2023: 593.40 − 5.13 = 588.27;
 * - line 183: "三公"经费预算数 2 万元, "比 2023 年预算数减少 0.2 万元" → 2023: 2.00 + 0.20 = 2.20.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { seriesModel, type SeriesInput } from "../src/lib/charts/series.ts";
import { unitSeries } from "../src/lib/charts/unit-series.ts";
import type { MetricRow } from "../src/lib/model/metrics/index.ts";
import { seriesSvgMarkup } from "../src/lib/render/series-svg.ts";
import { ROOT_OUT } from "./setup/global.ts";

const point = (year: number, value: number | null, narrative = false) => ({
  year,
  value,
  narrative,
  label: value === null ? "—" : value.toFixed(2),
});

describe("seriesModel(series, options)", () => {
  const series: SeriesInput[] = [
    { stage: "budget", points: [point(2020, 100), point(2021, 120), point(2023, 90, true)] },
    { stage: "final", points: [point(2020, 95), point(2021, null), point(2022, 110)] },
  ];
  const m = seriesModel(series, { width: 360, height: 190 });

  it("puts every year from the first to the last on the x axis, a missing one too", () => {
    expect(m.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023]);
    const xs = m.years.map((y) => y.x);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[3]! - xs[2]!, 5); // evenly spaced
  });

  it("breaks a line where a year has no figure, and never draws it at 0", () => {
    const [budget, final] = m.lines;
    // budget: 2020 → 2021 joined, 2022 missing, 2023 starts a new segment.
    expect(budget?.path.match(/[ML]/g)).toEqual(["M", "L", "M"]);
    // final: 2021 is null (not a point), so 2020 and 2022 are two separate points.
    expect(final?.points.map((p) => p.year)).toEqual([2020, 2022]);
    expect(final?.path.match(/[ML]/g)).toEqual(["M", "M"]);
    expect(m.lines.flatMap((l) => l.points).every((p) => p.y < m.zeroY)).toBe(true);
  });

  it("scales y from 0: the highest figure (120) is highest, 0 is the baseline", () => {
    const ys = m.lines.flatMap((l) => l.points.map((p) => [p.value, p.y] as const));
    const top = ys.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(top[0]).toBe(120);
    expect(m.zeroY).toBe(m.plotBottom);
  });

  it("marks a figure from a report's text as hollow in the SVG, with its year and value as a tooltip", () => {
    const svg = parse(String(seriesSvgMarkup({ id: "s", title: "T", description: "D", unitLabel: "万元" }, m)));
    const hollow = svg.querySelectorAll("circle.pt-narrative");
    expect(hollow.map((c) => c.querySelector("title")?.text)).toEqual(["2023: 90.00"]);
    expect(hollow[0]?.getAttribute("fill")).toBe("#fff");
    expect(svg.querySelector("g.series-final path")?.getAttribute("stroke-dasharray")).toBe("5 3");
    expect(svg.querySelector("svg")?.getAttribute("aria-labelledby")).toBe("s-title s-desc");
  });
});

describe("unitSeries(docs, metric, rowsOf, label)", () => {
  const row = (document_id: string, fiscal_year: number, value: number, basis: "table" | "narrative") =>
    ({
      unit_id: "u",
      fiscal_year,
      stage: "budget",
      scope: "own",
      metric: "total_expenditure",
      unit: "万元",
      document_id,
      result: { state: "value", value, basis, sources: [] },
    }) as unknown as MetricRow;
  it("takes each year's own table figure, and a later report's narrative prior year only where none exists", () => {
    const rows = new Map<string, MetricRow[]>([
      ["b2023", [row("b2023", 2023, 500, "table"), row("b2023", 2022, 480, "narrative")]],
      ["b2024", [row("b2024", 2024, 593.4, "table"), row("b2024", 2023, 588.27, "narrative")]],
    ]);
    const docs = [
      { document_id: "b2023", fiscal_year: 2023, stage: "budget" as const },
      { document_id: "b2024", fiscal_year: 2024, stage: "budget" as const },
    ];
    const { series } = unitSeries(
      docs,
      "total_expenditure",
      (d) => rows.get(d) ?? [],
      (r) => String(r.fiscal_year),
    );
    // 2023 is printed in the 2023 report's table (500): the 2024 narrative's 588.27 is not used.
    expect(series).toHaveLength(1);
    expect(series[0]?.points.map((p) => [p.year, p.value, p.narrative])).toEqual([
      [2022, 480, true],
      [2023, 500, false],
      [2024, 593.4, false],
    ]);
  });
});

describe("the unit page's charts over the years (built site)", () => {
  const page = (p: string) => parse(readFileSync(join(ROOT_OUT, p, "index.html"), "utf8"));
  it.each([
    ["total_expenditure", "588.27", "593.40"],
    ["three_public_total", "2.20", "2.00"],
  ])("鞍山 bureau: %s has 2023 (from the 2024 text, hollow) and 2024 (its table)", (metric, y2023, y2024) => {
    for (const prefix of ["", "en/"]) {
      const figure = page(`${prefix}units/210300-bureau/`).querySelector(`#series-210300-bureau-${metric}`);
      expect(figure, `${prefix} ${metric}`).not.toBeNull();
      const points = figure!.querySelectorAll("circle").map((c) => [c.getAttribute("class"), c.text]);
      expect(points).toEqual([
        ["pt-narrative", `2023: ${y2023}`],
        [undefined, `2024: ${y2024}`],
      ]);
      // Legend: the budget line and the hollow point; title, unit, source naming the 2024 budget report, credit.
      expect(figure!.querySelectorAll(".legend [data-swatch]").map((k) => k.getAttribute("data-swatch"))).toEqual([
        "line-budget",
        "narrative",
      ]);
      expect(figure!.querySelector(".chart-unit")?.text).toContain(prefix ? "10,000 yuan" : "万元");
      expect(figure!.querySelector(".source-line")?.text).toContain(
        prefix
          ? "Anshan Municipal Healthcare Security Administration (own level): 2024 budget"
          : "鞍山市医疗保障局本级2024年预算公开报告",
      );
      expect(figure!.getAttribute("data-credit")).toContain(
        `/${prefix}units/210300-bureau/#series-210300-bureau-${metric}`,
      );
    }
  });

  it("draws no chart for a figure with a single year (鞍山 bureau's personnel share: 2024 only)", () => {
    expect(page("units/210300-bureau/").querySelector("#series-210300-bureau-personnel_share_of_basic")).toBeNull();
  });
});

describe("small multiples on a province's over-time page (built site)", () => {
  it("辽宁 total expenditure: a small chart for each body with two years, each a hollow prior year", () => {
    for (const prefix of ["", "en/"]) {
      const html = parse(readFileSync(join(ROOT_OUT, prefix, "over-time/210000/index.html"), "utf8"));
      const cells = html.querySelectorAll("section[aria-labelledby=t-total_expenditure] ul.small-multiples li");
      // 鞍山 bureau: 2024 budget 593.40 and its text's 2023 (588.27); 千山: 2024 final 214.04 and its text's 2023.
      // 抚顺's centre has 2024 only: no small chart (its figure stays in the table).
      expect(cells.map((li) => li.querySelector("a")?.getAttribute("href"))).toEqual([
        `/${prefix}units/210300-bureau/`,
        `/${prefix}units/210311-bureau/`,
      ]);
      expect(cells[0]?.querySelectorAll("g.sm-budget circle.n")).toHaveLength(1);
      expect(cells[1]?.querySelectorAll("g.sm-final circle.n")).toHaveLength(1);
      expect(cells[0]?.querySelector(".sm-last")?.text).toContain("593.40");
      expect(cells[1]?.querySelector(".sm-last")?.text).toContain("214.04");
    }
  });
});
