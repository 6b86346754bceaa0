/**
 * Charts as pictures: each chart kind, in both layouts, rendered to SVG and diffed against a saved file in
 * tests/snapshots/. A changed snapshot is reviewed like code: open the .svg to see it, and the diff shows one element
 * per line. `UPDATE_SNAPSHOTS=1 npx vitest run tests/snapshots.test.ts` rewrites them.
 *
 * The saved file is the writer's output with one element per line (the writer never writes a newline, and `><`
 * only occurs between tags since text escapes < and >), plus what the SVG download adds so it opens as a picture:
 * the SVG namespace and the download's style sheet (public/js/site.js).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { layouts } from "../src/lib/charts/layout.ts";
import type { ChartView } from "../src/lib/charts/registry.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { svgMarkup } from "../src/lib/render/svg.ts";
import { buildSite } from "../src/lib/site/build-site.ts";
import { budgetFinalView } from "../src/lib/charts/budget-final.ts";
import { pairedModel, type PairPanel } from "../src/lib/charts/paired.ts";
import { pairedSvgMarkup } from "../src/lib/render/paired-svg.ts";
import { standaloneChart } from "../src/lib/render/standalone-files.ts";
import { seriesModel, type SeriesInput } from "../src/lib/charts/series.ts";
import { seriesSvgMarkup, smallMultipleMarkup } from "../src/lib/render/series-svg.ts";
import { compositionModel, type CompositionBarInput } from "../src/lib/charts/composition.ts";
import { compositionSvgMarkup } from "../src/lib/render/composition-svg.ts";

const DIR = fileURLToPath(new URL("./snapshots/", import.meta.url));
const UPDATE = process.env["UPDATE_SNAPSHOTS"] === "1";
const STYLE =
  "text{font:12px sans-serif;fill:#1b1f24}.tick line{stroke:#e3e6ea}.bar-budget rect{fill:#2f6db5}.bar-final rect{fill:#b4541a}.zero{stroke:#5b6470}";

const asFile = (svg: string) =>
  `${svg
    .replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" `)
    .replace(/^(<svg [^>]*>)/, `$1<style>${STYLE}</style>`)
    .replace(/></g, ">\n<")}\n`;

const base = { formula: "", notes: [], page: "x/", sourceOf: () => "", unit: "万元" as const, unitLabel: "万元" };
const pct = (v: number) => `${Math.round(v * 100)}%`;
const wan = (v: number) => v.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wanTick = (v: number) => wan(v).replace(/\.00$/, "");

/** A ranked metric chart: one bar per unit, largest first, a share as %, one unit with no figure. */
const ranked: ChartView = {
  ...base,
  id: "metric-personnel-share-of-basic-2024-budget",
  unit: "ratio",
  unitLabel: "%",
  title: "人员经费占基本支出比重 · 2024 预算",
  description: "ranked",
  bars: [
    { key: "d1", label: "鞍山市医疗保障局", value: 0.9465, valueLabel: "94.65%", style: "budget" },
    { key: "d2", label: "铁东区医疗保障局（汇总）", value: 0.7215, valueLabel: "72.15%", style: "budget" },
    { key: "d3", label: "沈丘县医疗保障局", value: null, valueLabel: "", missing: "未公开", style: "budget" },
    { key: "d4", label: "鞍山市医疗保障事务服务中心", value: 0.8012, valueLabel: "80.12%", style: "budget" },
    {
      key: "d5",
      label: "Shenqiu County Healthcare Security Administration",
      value: 0.05,
      valueLabel: "5.00%",
      style: "budget",
    },
  ],
  sort: "desc",
  tickFormat: pct,
};

/** A report's functional chart: 类 → 款 → 项 in the report's order, a long name, a blank cell, a negative figure. */
const functional: ChartView = {
  ...base,
  id: "unit-210300-bureau-2024-final-functional",
  title: "鞍山市医疗保障局 · 2024 决算 · 按功能分类的支出（类 → 款 → 项）",
  description: "functional",
  bars: [
    { key: "L1", label: "210 卫生健康支出", value: 488.4, valueLabel: wan(488.4), style: "final" },
    { key: "L2", label: "· 21015 医疗保障管理事务", value: 472.28, valueLabel: wan(472.28), style: "final" },
    { key: "L3", label: "·· 2101501 行政运行", value: 442.28, valueLabel: wan(442.28), style: "final" },
    {
      key: "L4",
      label: "·· 2101599 其他医疗保障管理事务支出（含信息化建设、经办能力提升、基金监管专项及其他未列明的支出项目）",
      value: 30,
      valueLabel: wan(30),
      style: "final",
    },
    { key: "L5", label: "·· 2101550 事业运行", value: null, valueLabel: "", missing: "报告中为空", style: "final" },
    { key: "L6", label: "· 22102 住房改革支出", value: -12.5, valueLabel: wan(-12.5), style: "final" },
  ],
  sort: "none",
  tickFormat: wanTick,
};

/**
 * A consolidated report's functional chart (001 公开05表 lines 376 and 384): the same code once per body, each bar
 * in its body's group (the fill tells the body, the legend beside the chart names it).
 */
const consolidated: ChartView = {
  ...base,
  id: "unit-210311-bureau-2024-final-functional",
  title: "千山区医疗保障局 · 2024 决算 · 按功能分类的支出（类 → 款 → 项）",
  description: "consolidated",
  bars: [
    {
      key: "L377",
      label: "·· 2101501 行政运行（千山区医疗保障局）",
      value: 39.98,
      valueLabel: wan(39.98),
      style: "final",
      group: 0,
    },
    {
      key: "L376",
      label: "·· 2101199 其他行政事业单位医疗支出（千山区医疗保障局）",
      value: 0.02,
      valueLabel: wan(0.02),
      style: "final",
      group: 0,
    },
    {
      key: "L384",
      label: "·· 2101199 其他行政事业单位医疗支出（千山区医疗保障服务中心）",
      value: 0.06,
      valueLabel: wan(0.06),
      style: "final",
      group: 1,
    },
    {
      key: "L385",
      label: "·· 2101550 事业运行（千山区医疗保障服务中心）",
      value: 118.94,
      valueLabel: wan(118.94),
      style: "final",
      group: 1,
    },
  ],
  groups: ["千山区医疗保障局", "千山区医疗保障服务中心"],
  sort: "none",
  tickFormat: wanTick,
};

/** A chart where no unit has a figure. */
const missing: ChartView = {
  ...base,
  id: "metric-three-public-overseas-2024-final",
  title: "因公出国（境）费 · 2024 决算",
  description: "missing",
  bars: [
    { key: "d1", label: "鞍山市医疗保障局", value: null, valueLabel: "", missing: "报告中为空", style: "final" },
    { key: "d2", label: "沈丘县医疗保障局", value: null, valueLabel: "", missing: "未公开", style: "final" },
  ],
  sort: "desc",
  tickFormat: wanTick,
};

/** The one report of tests/fixtures/valid-mini through the real pipeline (validation, site model, registry). */
function validMini(): ChartView {
  const report = validateDataDir(fileURLToPath(new URL("./fixtures/valid-mini", import.meta.url)));
  if (!report.data) throw new Error("valid-mini does not validate");
  const site = buildSite({ data: report.data, problems: report.checks, counts: report.counts, readChecks: () => [] });
  const spec = site.charts.find((c) => c.family === "unit");
  if (!spec) throw new Error("valid-mini has no report chart");
  return spec.view("zh");
}

const CASES: [string, () => ChartView][] = [
  ["ranked", () => ranked],
  ["functional", () => functional],
  ["missing", () => missing],
  ["consolidated-functional", () => consolidated],
  ["valid-mini-functional", validMini],
];
/**
 * Budget against final (one SVG for every width): 001's 三公 table (公开09表 lines 478-483: 1.06 | 1.06 and blank
 * rows) and performance lines (T10 504: 1.76 | 1.53, 87.22% printed; 505: both illegible) through the real pipeline,
 * and a hand-made chart with a missing final, a long label and two panels of very different scales.
 */
function paired210311(): { id: string; title: string; description: string; panels: PairPanel[] } {
  const report = validateDataDir(fileURLToPath(new URL("../data", import.meta.url)));
  if (!report.data) throw new Error("data/ does not validate");
  const site = buildSite({ data: report.data, problems: report.checks, counts: report.counts, readChecks: () => [] });
  const id = "210311-bureau-2024-final";
  const d = site.index.document.get(id);
  if (!d) throw new Error(id);
  return budgetFinalView(
    {
      document: d,
      unit: site.index.unit.get(d.unit_id),
      metrics: site.index.metricsByDocument.get(id) ?? [],
      facts: site.index.facts.get(id),
      performance: (site.index.performance.get(id) ?? []).filter((l) => l.table_id === "T10"),
      findings: site.index.findings.get(id) ?? [],
      units: site.index.unit,
      data: site.data,
    },
    "zh",
  );
}
const pairRow = (key: string, label: string, budget: number | null, final: number | null, valueText: string) => ({
  key,
  label,
  budget,
  final,
  budgetText: "",
  finalText: "",
  valueText,
});
const pairedHand = {
  id: "pair-hand",
  title: "手工样例 · 预算与决算对比",
  description: "hand",
  panels: [
    {
      key: "reports",
      title: "预算报告与决算报告",
      rows: [
        pairRow("a", "支出合计", 488.4, 472.28, "预算 488.40 · 决算 472.28 · 执行率 96.70%"),
        pairRow("b", "项目支出", 30, null, "预算 30.00 · 决算 未公开"),
      ],
    },
    {
      key: "three_public",
      title: "公开09表 财政拨款“三公”经费",
      rows: [
        pairRow(
          "c",
          "公务用车购置及运行费（千山区医疗保障服务中心，含以前年度结转资金安排的实际支出与其他未列明的支出项目）",
          1.06,
          0.5,
          "预算 1.06 · 决算 0.50 · 执行率 47.17%",
        ),
      ],
    },
  ],
};
const PAIRED: [string, () => { id: string; title: string; description: string; panels: PairPanel[] }][] = [
  ["paired-210311", paired210311],
  ["paired-hand", () => pairedHand],
];
const STYLE_PAIRED =
  "text{font:12px sans-serif;fill:#1b1f24}.tick line{stroke:#e3e6ea}.value,.tick text{font-size:11px;fill:#5b6470}.panel-title{font-weight:600}.zero{stroke:#5b6470}.gap{stroke:#9aa3ad;stroke-width:2}.mark-budget{fill:#2f6db5}.mark-final{fill:#b4541a;stroke:#6e3210;stroke-width:1.5}";
/** Standalone pictures (src/lib/charts/standalone.ts): the SVG download and embed/<id>/chart.svg, as saved. */
const STANDALONE: [string, () => ChartView, "zh" | "en"][] = [
  ["standalone-consolidated-functional-zh.svg", () => consolidated, "zh"],
];
/**
 * Time series (lib/charts/series.ts): 鞍山 bureau's budgets, 2023 from the 2024 report's text (593.40 − 5.13 =
 * 588.27, hollow) and 2024 from its table; and a made-up body with a missing year (2022: the line breaks) beside a
 * final-account line.
 */
const SERIES: [string, SeriesInput[], "万元" | "%"][] = [
  [
    "series-210300-total",
    [
      {
        stage: "budget",
        points: [
          { year: 2023, value: 588.27, narrative: true, label: "588.27" },
          { year: 2024, value: 593.4, narrative: false, label: "593.40" },
        ],
      },
    ],
    "万元",
  ],
  [
    "series-gap",
    [
      {
        stage: "budget",
        points: [
          { year: 2020, value: 0.62, narrative: false, label: "62.00%" },
          { year: 2021, value: 0.65, narrative: false, label: "65.00%" },
          { year: 2023, value: 0.7, narrative: true, label: "70.00%" },
        ],
      },
      {
        stage: "final",
        points: [
          { year: 2020, value: 0.6, narrative: false, label: "60.00%" },
          { year: 2021, value: 0.66, narrative: false, label: "66.00%" },
          { year: 2022, value: 0.68, narrative: false, label: "68.00%" },
        ],
      },
    ],
    "%",
  ],
];
/**
 * Composition (lib/charts/composition.ts): 沈丘's 2024 budget (002 lines 86 and 100: 729.89 + 13.92 + 2400.00 =
 * 3143.81), and made-up bars with parts short of their total (a grey rest), parts over it, and no total.
 */
const COMPOSITION: [string, CompositionBarInput[]][] = [
  [
    "composition-411624-spending",
    [
      {
        key: "411624-bureau-2024-budget",
        label: "2024 预算",
        total: 3143.81,
        parts: [
          { key: "personnel_expense_reported", value: 729.89 },
          { key: "public_expense_reported", value: 13.92 },
          { key: "project_expenditure", value: 2400 },
        ],
      },
    ],
  ],
  [
    "composition-rest-excess",
    [
      {
        key: "a",
        label: "2022 决算",
        total: 100,
        parts: [
          { key: "pass_through_total", value: 55 },
          { key: "own_operations_total", value: 30 },
        ],
      },
      {
        key: "b",
        label: "2023 预算",
        total: 100,
        parts: [
          { key: "pass_through_total", value: 70 },
          { key: "own_operations_total", value: 40 },
        ],
      },
      { key: "c", label: "2023 决算", total: null, parts: [] },
    ],
  ],
];
/** The site's CSS for small multiples (public/css/site.css .sm), so the saved file opens as a picture. */
const STYLE_SMALL =
  "line{stroke:#5b6470}path{fill:none;stroke-width:2}.sm-budget path{stroke:#2f6db5}.sm-final path{stroke:#b4541a;stroke-dasharray:4 2}.n{fill:#fff;stroke-width:1.5}.sm-budget .n{stroke:#2f6db5}.sm-final .n{stroke:#b4541a}";
const NAMES = [
  "small-multiple-gap.svg",
  ...CASES.flatMap(([name]) => [`${name}-wide.svg`, `${name}-narrow.svg`]),
  ...PAIRED.map(([name]) => `${name}.svg`),
  ...SERIES.map(([name]) => `${name}.svg`),
  ...COMPOSITION.map(([name]) => `${name}.svg`),
  ...STANDALONE.map(([file]) => file),
];

describe("chart snapshots", () => {
  it.each(
    CASES.flatMap(([name, chart]) => (["wide", "narrow"] as const).map((l) => [`${name}-${l}.svg`, chart, l] as const)),
  )("svgMarkup(chart, layout) equals tests/snapshots/%s", (file, chart, layout) => {
    const view = chart();
    const actual = asFile(String(svgMarkup(view, layouts(view)[layout])));
    const path = join(DIR, file);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, actual);
      return;
    }
    expect(existsSync(path), `${file} is missing: run UPDATE_SNAPSHOTS=1 npx vitest run tests/snapshots.test.ts`).toBe(
      true,
    );
    expect(actual, `${file} changed: review the diff, then UPDATE_SNAPSHOTS=1 to accept it`).toBe(
      readFileSync(path, "utf8"),
    );
  });

  it.each(PAIRED)("pairedSvgMarkup(chart, pairedModel(panels)) equals tests/snapshots/%s.svg", (name, chart) => {
    const view = chart();
    const svg = String(pairedSvgMarkup(view, pairedModel(view.panels, { tickFormat: wanTick, unitLabel: "万元" })));
    const actual = `${svg
      .replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" `)
      .replace(/^(<svg [^>]*>)/, `$1<style>${STYLE_PAIRED}</style>`)
      .replace(/></g, ">\n<")}\n`;
    const path = join(DIR, `${name}.svg`);
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    expect(existsSync(path), `${name}.svg is missing: run UPDATE_SNAPSHOTS=1`).toBe(true);
    expect(actual, `${name}.svg changed: review the diff, then UPDATE_SNAPSHOTS=1 to accept it`).toBe(
      readFileSync(path, "utf8"),
    );
  });

  it.each(SERIES)("seriesSvgMarkup(chart, seriesModel(series)) equals tests/snapshots/%s.svg", (name, series, unit) => {
    const tickFormat = unit === "%" ? pct : wanTick;
    const svg = String(
      seriesSvgMarkup(
        { id: name, title: name, description: name, unitLabel: unit },
        seriesModel(series, { tickFormat }),
      ),
    );
    const actual = `${svg.replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" `).replace(/></g, ">\n<")}\n`;
    const path = join(DIR, `${name}.svg`);
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    expect(existsSync(path), `${name}.svg is missing: run UPDATE_SNAPSHOTS=1`).toBe(true);
    expect(actual, `${name}.svg changed: review the diff, then UPDATE_SNAPSHOTS=1 to accept it`).toBe(
      readFileSync(path, "utf8"),
    );
  });

  it.each(COMPOSITION)(
    "compositionSvgMarkup(chart, compositionModel(bars)) equals tests/snapshots/%s.svg",
    (name, bars) => {
      const svg = String(
        compositionSvgMarkup({ id: name, title: name, description: name, empty: "无支出合计" }, compositionModel(bars)),
      );
      const actual = `${svg.replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" `).replace(/></g, ">\n<")}\n`;
      const path = join(DIR, `${name}.svg`);
      if (UPDATE) {
        writeFileSync(path, actual);
        return;
      }
      expect(existsSync(path), `${name}.svg is missing: run UPDATE_SNAPSHOTS=1`).toBe(true);
      expect(actual, `${name}.svg changed: review the diff, then UPDATE_SNAPSHOTS=1 to accept it`).toBe(
        readFileSync(path, "utf8"),
      );
    },
  );

  it("smallMultipleMarkup(seriesModel(series, small)) equals tests/snapshots/small-multiple-gap.svg", () => {
    const series = SERIES[1]![1];
    const model = seriesModel(series, {
      width: 120,
      height: 40,
      domain: [0, 1],
      margin: { left: 2, right: 2, top: 3, bottom: 3 },
    });
    const actual = `${String(smallMultipleMarkup(model))
      .replace(/^<svg /, `<svg xmlns="http://www.w3.org/2000/svg" `)
      .replace(/^(<svg [^>]*>)/, `$1<style>${STYLE_SMALL}</style>`)
      .replace(/></g, ">\n<")}\n`;
    const path = join(DIR, "small-multiple-gap.svg");
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    expect(actual, "small-multiple-gap.svg changed: review the diff, then UPDATE_SNAPSHOTS=1 to accept it").toBe(
      readFileSync(path, "utf8"),
    );
  });

  it.each(STANDALONE)("standaloneChart(chart, lang, site) equals tests/snapshots/%s", (file, chart, lang) => {
    const actual = `${standaloneChart(chart(), lang, "https://yibao-budgets.test").svg.replace(/></g, ">\n<")}\n`;
    const path = join(DIR, file);
    if (UPDATE) {
      writeFileSync(path, actual);
      return;
    }
    expect(existsSync(path), `${file} is missing: run UPDATE_SNAPSHOTS=1 npx vitest run tests/snapshots.test.ts`).toBe(
      true,
    );
    expect(actual, `${file} changed: review the diff, then UPDATE_SNAPSHOTS=1 to accept it`).toBe(
      readFileSync(path, "utf8"),
    );
  });

  it("tests/snapshots/ holds no snapshot that no case writes", () => {
    expect(readdirSync(DIR).filter((f) => !NAMES.includes(f))).toEqual([]);
  });
});

describe("svgMarkup", () => {
  it("svgMarkup(chart, layout) draws a bar for each figure and, for a missing one, its text beside the zero line", () => {
    const L = layouts(ranked).wide;
    const svg = String(svgMarkup(ranked, L));
    expect(svg.match(/<rect /g)).toHaveLength(4);
    expect(svg).toContain(`<text class="value" x="${Math.round((L.model.zeroX + 4) * 100) / 100}"`);
    expect(svg).toContain(">未公开</text>");
  });
});
