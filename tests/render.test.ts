/**
 * Hostile text through every string writer (render/svg.ts, render/tables.ts): each output is parsed with an HTML
 * parser, which must find only the elements and attributes the writer writes, and the hostile text back, whole, as
 * text or attribute value.
 */
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { layouts } from "../src/lib/charts/layout.ts";
import type { ChartView } from "../src/lib/charts/registry.ts";
import type { DocumentRow, Unit, UnitId, DocumentId } from "../src/lib/data/model.ts";
import type { CheckResult } from "../src/lib/data/types.ts";
import type { MetricRow } from "../src/lib/model/metrics/index.ts";
import type { MetricValue } from "../src/lib/model/metrics/values.ts";
import type { Markup } from "../src/lib/render/html.ts";
import { svgMarkup, tableMarkup } from "../src/lib/render/svg.ts";
import { pairedModel } from "../src/lib/charts/paired.ts";
import { pairedSvgMarkup } from "../src/lib/render/paired-svg.ts";
import { checkRows, compareRows, metricTableRows, overTimeRows } from "../src/lib/render/tables.ts";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)' x='",
  "</svg></text><script>alert(1)</script>",
  '</td></tr></tbody></table><iframe src="javascript:alert(1)"></iframe>',
  "javascript:alert(1)",
  "&amp; &lt;b&gt; & <!-- --> ]]>",
];

/** Parse a writer's output; fail on any element, attribute or comment the writer does not write itself. */
function parsed(out: Markup, tags: string[], attributes: string[]): HTMLElement {
  const text = String(out);
  const root = parse(text, { comment: true });
  expect(text).not.toMatch(/<!--/);
  for (const el of root.querySelectorAll("*")) {
    expect(tags).toContain(el.rawTagName);
    for (const name of Object.keys(el.attributes)) expect(attributes).toContain(name);
    const link = el.getAttribute("href");
    if (link !== undefined) expect(link).toMatch(/^[/#]/);
  }
  return root;
}
const texts = (root: HTMLElement, selector: string) => root.querySelectorAll(selector).map((e) => e.text);

const SVG_TAGS = ["svg", "title", "desc", "g", "line", "text", "tspan", "rect"];
const SVG_ATTRIBUTES = [
  ...["role", "aria-labelledby", "viewBox", "width", "preserveAspectRatio", "class", "id", "data-value"],
  ...["x", "y", "x1", "x2", "y1", "y2", "dy", "height", "text-anchor"],
];
const TABLE_TAGS = ["table", "caption", "thead", "tbody", "tr", "th", "td", "a", "code"];
const TABLE_ATTRIBUTES = ["scope", "class", "title", "data-value", "data-doc", "data-unit", "href"];

const unit = (id: string, name: string) =>
  ({ unit_id: id as UnitId, name_zh: name, name_en: name, kind: "administrative", level: "county" }) as Unit;
const document = (id: string, unitId: string, sourceFile: string) =>
  ({
    document_id: id as DocumentId,
    unit_id: unitId as UnitId,
    fiscal_year: 2024,
    stage: "budget",
    scope: "own",
    source_file: sourceFile,
    title_printed: `${sourceFile} 报告`,
    issuer_zh: `${sourceFile} 局`,
    issuer_en: `${sourceFile} bureau`,
  }) as DocumentRow;
const metricRow = (documentId: string, unitId: string, result: MetricValue): MetricRow => ({
  unit_id: unitId,
  fiscal_year: 2024,
  stage: "budget",
  scope: "own",
  metric: "total_expenditure",
  unit: "万元",
  document_id: documentId,
  result,
});

describe.each(HOSTILE)("hostile text %j", (bad) => {
  const chart: ChartView = {
    id: "unit-x-functional",
    title: `标题 ${bad}`,
    formula: bad,
    description: `说明 ${bad}`,
    unitLabel: `万元 ${bad}`,
    bars: [
      { key: "a", label: `单位 ${bad}`, value: 12.5, valueLabel: `12.50 ${bad}`, style: "budget" },
      { key: "b", label: bad, value: null, valueLabel: "", missing: `空白 ${bad}`, style: "final" },
      { key: "c", label: `${bad} `.repeat(8), value: -3, valueLabel: "-3.00", style: "budget" },
    ],
    notes: [],
    sort: "none",
    tickFormat: (v) => `${v} ${bad}`,
    page: "reports/x/",
    sourceOf: (key) => `来源 ${key} ${bad}`,
    unit: "万元",
  };

  it("pairedSvgMarkup(chart, model) writes it as text only", () => {
    const pair = (key: string, label: string, budget: number | null, final: number | null) => ({
      key,
      label,
      budget,
      final,
      budgetText: bad,
      finalText: bad,
      valueText: `预算 ${bad} · 决算 ${bad}`,
      findings: bad,
    });
    const m = pairedModel(
      [
        {
          key: bad,
          title: `三公 ${bad}`,
          rows: [pair("a", `单位 ${bad}`, 1, 2), pair("b", `${bad} `.repeat(8), null, null)],
        },
      ],
      { tickFormat: (v) => `${v} ${bad}` },
    );
    const view = { id: "pair-x", title: `标题 ${bad}`, description: `说明 ${bad}` };
    const root = parsed(
      pairedSvgMarkup(view, m),
      [...SVG_TAGS, "circle"],
      [...SVG_ATTRIBUTES, ...["data-panel", "data-budget", "data-final", "cx", "cy", "r"]],
    );
    expect(root.querySelector("svg > title")?.text).toBe(view.title);
    expect(root.querySelector("desc")?.text).toBe(view.description);
    expect(root.querySelector("g.panel")?.getAttribute("data-panel")).toBe(bad);
    expect(texts(root, "text.panel-title tspan").join(" ")).toContain(bad.trim().split(/\s+/)[0]);
    const rows = root.querySelectorAll("g.pair");
    expect(rows).toHaveLength(2);
    expect(rows[0]?.querySelector("text.value")?.text).toBe(m.panels[0]?.rows[0]?.valueLines.join(""));
    // The missing pair draws no mark; the cut label keeps its whole text as a tooltip.
    expect(rows[1]?.querySelectorAll("rect, circle")).toHaveLength(0);
    expect(rows[1]?.querySelector("title")?.text).toBe(`${bad} `.repeat(8));
  });

  it.each(["wide", "narrow"] as const)("svgMarkup(chart, %s layout) writes it as text only", (name) => {
    const L = layouts(chart)[name];
    const root = parsed(svgMarkup(chart, L), SVG_TAGS, SVG_ATTRIBUTES);
    expect(root.querySelectorAll("svg")).toHaveLength(1);
    // The wide layout carries the title and description; the narrow one is labelled by them (the same ids).
    expect(root.querySelector("svg")?.getAttribute("aria-labelledby")).toBe(`${chart.id}-title ${chart.id}-desc`);
    expect(root.querySelector("svg > title")?.text).toBe(name === "wide" ? chart.title : undefined);
    expect(root.querySelector("desc")?.text).toBe(name === "wide" ? chart.description : undefined);
    expect(texts(root, "g.tick text")).toEqual(L.model.ticks.map((t) => `${t.label}`));
    expect(L.model.ticks[0]?.label).toContain(bad);
    const bars = root.querySelectorAll("g.bar");
    expect(bars).toHaveLength(3);
    bars.forEach((g, i) => {
      const b = chart.bars[i]!;
      expect(g.querySelectorAll("tspan").map((t) => t.text)).toEqual(L.lines.get(b.key));
      expect(g.querySelector("text.value")?.text).toBe(b.value !== null ? b.valueLabel : b.missing);
      expect(g.getAttribute("data-value")).toBe(b.value === null ? "" : String(b.value));
    });
    // The long label is cut; its tooltip keeps it whole.
    expect(bars[2]?.querySelector("text.label > title")?.text).toBe(chart.bars[2]?.label);
  });

  it("tableMarkup(chart, headers) writes it as text only", () => {
    const root = parsed(tableMarkup(chart, [bad, "值", `出处 ${bad}`]), TABLE_TAGS, TABLE_ATTRIBUTES);
    expect(root.querySelector("caption")?.text).toBe(chart.title);
    expect(texts(root, "thead th")).toEqual([bad, "值", `出处 ${bad}`]);
    expect(texts(root, "tbody th")).toEqual(chart.bars.map((b) => b.label));
    expect(texts(root, "tbody td.num")).toEqual([`12.50 ${bad}`, `空白 ${bad}`, "-3.00"]);
    expect(texts(root, "tbody td:not(.num)")).toEqual(["a", "b", "c"].map((k) => `来源 ${k} ${bad}`));
  });

  const units = [unit(`u-${bad}`, `医保局 ${bad}`)];
  const documents = [document(`d-${bad}`, `u-${bad}`, `${bad}.txt`)];
  const value: MetricValue = {
    state: "value",
    value: 593.4,
    basis: "narrative",
    sources: [{ document_id: `d-${bad}`, table_id: "t", table_no: `表3 ${bad}`, table_title: bad, line: 7 }],
  };
  const index = {
    unit: new Map(units.map((u) => [u.unit_id as string, u])),
    document: new Map(documents.map((d) => [d.document_id as string, d])),
    metricOf: (documentId: string, metric: string) =>
      metric === "total_expenditure" ? metricRow(documentId, `u-${bad}`, value) : undefined,
  };

  it("metricTableRows(site, docs, ids, lang) writes it as text only, in the unit link and the source link", () => {
    const site = { data: { units, documents, sourceViewer: true }, index };
    const out = metricTableRows(site, [`d-${bad}`], ["total_expenditure", "x"], "en");
    const root = parsed(out, TABLE_TAGS, TABLE_ATTRIBUTES);
    expect(root.querySelectorAll("tr")).toHaveLength(1);
    const link = root.querySelector("th a");
    expect(link?.text).toBe(`医保局 ${bad}`);
    expect(link?.getAttribute("href")).toBe(`/en/units/u-${bad}/`);
    const [total, missing] = root.querySelectorAll("td.num");
    // One short link to the printed line (7), no long tooltip: the full citation is on the report page.
    expect(total?.getAttribute("title")).toBeUndefined();
    expect(total?.querySelector(":scope > a")?.getAttribute("href")).toBe(`/en/sources/d-${bad}/#L7`);
    expect(total?.getAttribute("data-value")).toBe("593.4");
    expect(total?.text).toBe("593.40 l. 7");
    expect(missing?.querySelector("a")).toBeNull();
    expect(missing?.text).toBe("");
  });

  it("compareRows(index, docs, lang, sourceViewer) writes it as text only, in each cell's source link", () => {
    const root = parsed(compareRows(index, documents, "zh", false), TABLE_TAGS, TABLE_ATTRIBUTES);
    const cells = root.querySelectorAll("td");
    expect(cells.length).toBe(root.querySelectorAll("tr").length); // one report: one cell per metric
    // The cell's report is its column's header (data-doc there, written by Compare.astro), not repeated per cell.
    for (const td of cells) expect(td.getAttribute("data-doc")).toBeUndefined();
    expect(texts(root, "td").filter((t) => t !== "")).toEqual(["593.40 第7行"]);
    // Without the source viewer the link goes to the figure's row on its report page (which cites it in full).
    expect(root.querySelector("td.num > a")?.getAttribute("href")).toBe(`/reports/d-${bad}/#m-total_expenditure`);
  });

  it("overTimeRows(index, series, cellsOf, lang, sourceViewer) writes it as text only, in the unit and source links", () => {
    const series = [`u-${bad}|budget`];
    const row = metricRow(`d-${bad}`, `u-${bad}`, value);
    const root = parsed(
      overTimeRows(index, series, () => [row, undefined], "en", true),
      TABLE_TAGS,
      TABLE_ATTRIBUTES,
    );
    expect(root.querySelector("th a")?.text).toBe(`医保局 ${bad}`);
    expect(root.querySelector("th a")?.getAttribute("href")).toBe(`/en/units/u-${bad}/`);
    expect(texts(root, "td")).toEqual(["Budget", "593.40 (report text) l. 7", "—"]);
    expect(root.querySelector("td.num > a")?.getAttribute("href")).toBe(`/en/sources/d-${bad}/#L7`);
  });

  it("checkRows(problems, documentId, labels, lang) writes it as text only, in the key, the labels and the finding link", () => {
    const check = {
      key: `d-${bad}/t/${bad}`,
      table_id: `T-${bad}`,
      rule: "total-sum",
      line: 7,
      column: "basic",
      status: "fail",
      expected: 10,
      actual: 9.5,
      finding_id: `F-${bad}`,
    } as CheckResult;
    const labels = { pass: "ok", rounding: "≈", fail: `不符 ${bad}` };
    const root = parsed(checkRows([check], `d-${bad}`, labels, "zh"), TABLE_TAGS, TABLE_ATTRIBUTES);
    expect(root.querySelector("td")?.getAttribute("title")).toBe(`t/${bad}`);
    expect(texts(root, "td")).toEqual([
      `T-${bad} · 合计等于各类之和 · 第7行 · 基本支出`,
      `不符 ${bad}`,
      "10",
      "9.5",
      `F-${bad}`,
    ]);
    expect(root.querySelector("a")?.getAttribute("href")).toBe(`#F-${bad}`);
  });
});
