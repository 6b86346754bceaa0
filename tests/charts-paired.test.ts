/**
 * Budget against final (dumbbell): the model's scale, positions and label placement, and the view built from the
 * real reports, with figures read by hand from the printed lines (shared/seeds/001_d0c77a329ce627f3.txt, 千山区
 * 2024 决算; 000_40f2de11a2278ee4.txt, 鞍山市 2024 预算).
 */
import { describe, expect, it } from "vitest";
import { budgetFinalView, type BudgetFinalInput } from "../src/lib/charts/budget-final.ts";
import { pairedModel as panelsModel, PAIR_LINE, type PairInput } from "../src/lib/charts/paired.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import type { DocumentRow } from "../src/lib/data/model.ts";
import type { MetricRow } from "../src/lib/model/metrics/index.ts";
import { pairedSvgMarkup } from "../src/lib/render/paired-svg.ts";
import { buildSite } from "../src/lib/site/build-site.ts";

const row = (key: string, budget: number | null, final: number | null, label = key): PairInput => ({
  key,
  label,
  budget,
  final,
  budgetText: String(budget),
  finalText: String(final),
  valueText: `${budget} → ${final}`,
});

/** One panel of the given rows (the model's panels each have their own scale). */
const pairedModel = (rows: PairInput[]) => {
  const m = panelsModel([{ key: "p", title: "三公经费（万元）", rows }]);
  const [panel] = m.panels;
  if (!panel) throw new Error("no panel");
  return { ...panel, height: m.height, svg: m };
};

describe("pairedModel", () => {
  it("pairedModel(rows) puts both marks on one scale from 0 to the larger figure, niced", () => {
    // 1.76 and 1.53 (公开10表-like): the domain is [0, 2] after nice(4); the range is 8 … 360 − 14 = 346.
    const m = pairedModel([row("a", 1.76, 1.53)]);
    expect(m.zeroX).toBe(8);
    const at = (v: number) => 8 + (v / 2) * (346 - 8);
    expect(m.rows[0]?.budgetX).toBeCloseTo(at(1.76), 6);
    expect(m.rows[0]?.finalX).toBeCloseTo(at(1.53), 6);
    expect(m.ticks.map((t) => t.label)).toEqual(["0", "0.5", "1", "1.5", "2"]);
  });

  it("pairedModel(rows) gives a missing figure no position (never 0) and keeps the row", () => {
    const m = pairedModel([row("a", 10, null), row("b", null, null)]);
    expect(m.rows.map((r) => [r.budgetX, r.finalX])).toEqual([
      [m.rows[0]?.budgetX, null],
      [null, null],
    ]);
    expect(m.rows[0]?.budgetX).toBeGreaterThan(m.zeroX);
    const svg = String(pairedSvgMarkup({ id: "x", title: "t", description: "d" }, m.svg));
    expect(svg.match(/<rect /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toBeNull();
    expect(svg.match(/<line class="gap"/g)).toBeNull();
  });

  it("pairedModel(rows) stacks label and marks per row; a wrapped label pushes the row down", () => {
    const long = "基本支出人员经费（保工资）".repeat(3); // 39 CJK × 12 px = 468 px > 350 px: two lines
    const m = pairedModel([row("a", 1, 1, long), row("b", 1, 1, "短")]);
    const [a, b] = m.rows;
    expect(a?.lines).toHaveLength(2);
    expect(a?.markY).toBe((a?.labelY ?? 0) + PAIR_LINE + 12);
    // a's figures go below its marks (they sit at the right end, x = 346): its value line is 19 below the marks;
    // rows are 10 px apart, and b's label baseline is 12 below the top of its row.
    expect(a?.valueY).toBe((a?.markY ?? 0) + 19);
    expect(b?.labelY).toBe((a?.valueY ?? 0) + 10 + 12);
    expect(b?.lines).toEqual(["短"]);
  });

  it("pairedModel(rows) writes the figures beside the marks where they fit, else below from the left edge", () => {
    // Domain [0, 1] over x 8 … 346. "1 → 1" is 8 + 4 + 7 + 4 + 8 = 31 px at 12 px (28.4 at 11 px): beside the marks
    // at 346 it would end at 346 + 10 + 28.4 > 358, so it goes below; at 0.1 (x = 41.8) it fits beside.
    const m = pairedModel([row("a", 1, 1), row("b", 0.1, 0.1)]);
    const [a, b] = m.rows;
    expect([a?.valueX, a?.valueY]).toEqual([2, (a?.markY ?? 0) + 19]);
    expect(b?.valueX).toBeCloseTo(8 + 0.1 * 338 + 10, 6);
    expect(b?.valueY).toBe((b?.markY ?? 0) + 4);
  });

  it("pairedModel(panels) gives each panel its own scale (1.06 and 124.58 do not share an axis)", () => {
    // nice(4): 1.06 → ticks of 0.2 up to 1.2; 124.58 → ticks of 50 up to 150.
    const m = panelsModel([
      { key: "tp", title: "三公", rows: [row("a", 1.06, 1.06)] },
      { key: "perf", title: "绩效", rows: [row("b", null, 124.58)] },
    ]);
    expect(m.panels.map((p) => p.ticks.at(-1)?.label)).toEqual(["1.2", "150"]);
    expect(m.panels[1]?.titleY).toBeGreaterThan(m.panels[0]?.plotBottom ?? Infinity);
  });

  it("pairedModel(panels) wraps a long panel heading and moves its tick row down one line", () => {
    // "Performance self-evaluation: allocated and spent" ≈ 300 px of text beside "10,000 yuan" (8 + 4 + 8×5 + 4 +
    // 7×4 = 84 px): over (360 − 12 − 84) / 1.1 = 240 px, so two lines.
    const title = "Performance self-evaluation: allocated and spent";
    const [p] = panelsModel([{ key: "perf", title, rows: [row("a", 1, 1)] }], { unitLabel: "10,000 yuan" }).panels;
    expect(p?.titleLines).toHaveLength(2);
    expect(p?.tickY).toBe((p?.titleY ?? 0) + PAIR_LINE + 18);
  });

  it("pairedModel([]) has a unit domain and no rows", () => {
    const m = pairedModel([]);
    expect(m.rows).toEqual([]);
    expect(m.ticks.at(-1)?.label).toBe("1");
  });
});

const report = validateDataDir("data");
if (!report.data) throw new Error("data/ does not validate");
const site = buildSite({ data: report.data, problems: report.checks, counts: report.counts, readChecks: () => [] });
const input = (documentId: string): BudgetFinalInput => {
  const d = site.index.document.get(documentId);
  if (!d) throw new Error(documentId);
  return {
    document: d,
    unit: site.index.unit.get(d.unit_id),
    metrics: site.index.metricsByDocument.get(documentId) ?? [],
    facts: site.index.facts.get(documentId),
    performance: site.index.performance.get(documentId) ?? [],
    findings: site.index.findings.get(documentId) ?? [],
    units: site.index.unit,
    data: site.data,
  };
};

describe("budgetFinalView on the real reports", () => {
  const zh = budgetFinalView(input("210311-bureau-2024-final"), "zh");
  const byKey = new Map(zh.panels.flatMap((p) => p.rows).map((r) => [r.key, r]));

  it("210311 2024 决算: 三公 合计 from 公开09表 line 478 (预算数 1.06, 决算数 1.06): rate 1.06 ÷ 1.06 = 100.00%", () => {
    const total = byKey.get("tp-total|");
    expect([total?.budget, total?.final, total?.rateText]).toEqual([1.06, 1.06, "100.00%"]);
    expect(zh.panels.map((p) => p.title)).toEqual([
      "公开09表 财政拨款“三公”经费",
      "绩效自评表：项目下达金额与执行金额",
    ]);
    // 公务用车运行维护费, line 482: 1.06 and 1.06.
    expect(byKey.get("tp-vehicle_operation|")?.valueText).toBe("预算 1.06 · 决算 1.06 · 执行率 100.00%");
  });

  it("210311 2024 决算: 因公出国(境)费 (line 479) prints both cells empty: no marks, said blank, no rate", () => {
    const overseas = byKey.get("tp-overseas|");
    expect([overseas?.budget, overseas?.final, overseas?.rateText]).toEqual([null, null, undefined]);
    expect(overseas?.valueText).toBe("预算 报告中为空白 · 决算 报告中为空白");
  });

  it("210311 2024 决算: performance T10 line 504 下达 1.76, 执行 1.53, printed rate 87.22% (not 1.53 ÷ 1.76 = 86.93%)", () => {
    const l504 = byKey.get("p-T10-504");
    expect([l504?.budget, l504?.final, l504?.rateText]).toEqual([1.76, 1.53, "87.22%"]);
    // Line 506: 50.82 (printed "50 0.82") and 42.63, printed 83.89%.
    expect(byKey.get("p-T10-506")?.rateText).toBe("83.89%");
  });

  it("210311 2024 决算: an illegible cell (T10 line 505 「8. . 445」, T11 line 594) gets no mark and no rate", () => {
    const l505 = byKey.get("p-T10-505");
    expect([l505?.budget, l505?.final, l505?.rateText]).toEqual([null, null, undefined]);
    expect(l505?.valueText).toContain("「8. . 445」");
    const l594 = byKey.get("p-T11-594");
    expect([l594?.budget, l594?.final, l594?.rateText]).toEqual([null, 124.58, undefined]);
  });

  it("210311 2024 决算: lines printing a budget but no spending (T10 lines 499, 500) are not paired", () => {
    expect(byKey.has("p-T10-499")).toBe(false);
    expect(byKey.has("p-T10-500")).toBe(false);
  });

  it("210311 2024 决算: the notes say what is counted, and English labels keep the printed line name", () => {
    expect(zh.notes.join(" ")).toContain("以前年度结转");
    const en = budgetFinalView(input("210311-bureau-2024-final"), "en");
    expect(en.panels.flatMap((p) => p.rows).find((r) => r.key === "p-T10-504")?.label).toBe(
      "line 504 · 基本支出公用经费(保运转) (line as printed)",
    );
    expect(en.subtitle).toContain("10,000 yuan");
  });

  it("210300 2024 预算 has no final account: the chart says so instead of drawing nothing", () => {
    const v = budgetFinalView(input("210300-bureau-2024-budget"), "zh");
    expect(v.panels).toEqual([]);
    expect(v.empty).toBe("尚无 2024 年决算：本单位该年决算公开后，此处将对比预算与决算。");
    expect(budgetFinalView(input("210300-bureau-2024-budget"), "en").empty).toContain("No final account for 2024");
  });
});

describe("budgetFinalView of a budget and a final report of the same year", () => {
  const value = (document_id: string, stage: "budget" | "final", metric: string, v: number | null): MetricRow => ({
    unit_id: "999999-bureau",
    fiscal_year: 2024,
    stage,
    scope: "own",
    metric,
    unit: "万元",
    document_id,
    result: v === null ? { state: "blank", sources: [] } : { state: "value", value: v, basis: "table", sources: [] },
  });
  const base = input("210300-bureau-2024-budget");
  // A final account of the same unit and year (none of the four real units has both yet; the bench data has).
  const finalDoc: DocumentRow = {
    ...base.document,
    document_id: "210300-bureau-2024-final" as DocumentRow["document_id"],
    stage: "final",
  };

  it("pairs each amount of the two reports; rate only where both are printed (90 ÷ 120 = 75.00%)", () => {
    const v = budgetFinalView(
      {
        ...base,
        metrics: [
          value(base.document.document_id, "budget", "total_expenditure", 120),
          value(base.document.document_id, "budget", "three_public_total", 2),
        ],
        other: {
          document: finalDoc,
          metrics: [
            value(finalDoc.document_id, "final", "total_expenditure", 90),
            value(finalDoc.document_id, "final", "three_public_total", null),
          ],
        },
        performance: [],
      },
      "en",
    );
    expect(v.empty).toBeUndefined();
    const rows = v.panels.flatMap((p) => p.rows);
    const total = rows.find((r) => r.key === "m-total_expenditure");
    expect([total?.budget, total?.final, total?.rateText]).toEqual([120, 90, "75.00%"]);
    const tp = rows.find((r) => r.key === "m-three_public_total");
    expect([tp?.budget, tp?.final, tp?.rateText]).toEqual([2, null, undefined]);
    expect(tp?.valueText).toBe("budget 2.00 · final blank in the report");
  });
});
