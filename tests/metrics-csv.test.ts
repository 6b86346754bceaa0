/**
 * data/metrics.csv (src/lib/render/metrics-csv.ts): one row per report × registered metric with its state, sources,
 * findings, labels and units; states of hand-picked cases read from the reports (text lines quoted per case).
 */
import { describe, expect, it } from "vitest";
import { factsByDocument } from "../src/lib/data/facts.ts";
import type { Unit } from "../src/lib/data/model.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { findingPlaces } from "../src/lib/model/flags.ts";
import { computeMetrics, type MetricRow } from "../src/lib/model/metrics/index.ts";
import { METRICS } from "../src/lib/model/metrics/registry.ts";
import { threePublic } from "../src/lib/model/metrics/three-public.ts";
import { METRICS_CSV_HEADER, metricsCsvRow } from "../src/lib/render/metrics-csv.ts";

const data = validateDataDir("data").data;
if (!data) throw new Error("data/ must validate");
const metrics = computeMetrics(data);
const units = new Map<string, Unit>(data.units.map((u) => [u.unit_id, u]));

const ANSHAN = "210300-bureau-2024-budget";
const QIANSHAN = "210311-bureau-2024-final";
const SHENQIU = "411624-bureau-2024-budget";
const FUSHUN = "210400-centre-2024-budget";

/** The metrics.csv row of a report's own-year metric, as a record by column name. */
function csvRow(documentId: string, metric: string, year = 2024): Record<string, string> {
  const r = metrics.find((m) => m.document_id === documentId && m.metric === metric && m.fiscal_year === year);
  if (!r) throw new Error(`${documentId} ${metric}`);
  const cells = metricsCsvRow(r, units);
  return Object.fromEntries(METRICS_CSV_HEADER.map((h, i) => [h, cells[i] ?? ""]));
}

describe("metrics.csv rows", () => {
  it("has a row for every report × registered metric, each with one of the five states", () => {
    for (const d of data.documents)
      for (const def of METRICS) {
        const own = metrics.filter(
          (m) => m.document_id === d.document_id && m.metric === def.id && m.fiscal_year === d.fiscal_year,
        );
        expect(own, `${d.document_id} ${def.id}`).toHaveLength(1);
      }
    const states = new Set(metrics.map((m: MetricRow) => m.result.state));
    expect([...states].sort()).toEqual(["blank", "not_applicable", "stated_zero", "value"]);
  });

  it("a stated zero: 沈丘 411624 2024 budget 三公 (table printed empty, narrative states 0.00)", () => {
    // 002 line 380 预算08表 2024年一般公共预算“三公”经费支出情况表; lines 389-390 header only, no data row;
    // line 396 说明：本部门2024年度没有一般公共预算“三公”经费支出，故本表无数据。
    // line 104 沈丘县医疗保障局部门 2024 年“三公”经费预算为 0.00 万元。
    expect(csvRow(SHENQIU, "three_public_total")).toMatchObject({
      status: "stated_zero",
      value: "0.00",
      unit: "万元",
      unit_zh: "万元",
      unit_en: "10,000 yuan",
      basis: "",
      source_tables: "预算08表 2024年一般公共预算“三公”经费支出情况表;说明",
      source_lines: "T08:380;narrative:104",
      label_zh: "“三公”经费合计",
    });
    // line 114 (三) 公务接待费 0.00 万元
    expect(csvRow(SHENQIU, "three_public_reception")).toMatchObject({
      status: "stated_zero",
      source_lines: "T08:380;narrative:114",
    });
  });

  it("a blank component: 鞍山 210300 2024 budget 因公出国（境）费 (cell printed empty)", () => {
    // 000 line 456 (表7, header lines 453-454): 2.00 [empty] 1.80 [empty] 1.80 0.20 — 合计 2.00, 因公出国（境）费
    // empty, 购置及运行费小计 1.80, 购置费 empty, 运行费 1.80, 公务接待费 0.20
    expect(csvRow(ANSHAN, "three_public_overseas")).toMatchObject({
      status: "blank",
      value: "",
      source_lines: "T07:456",
      source_rows: "overseas / budget",
    });
    expect(csvRow(ANSHAN, "three_public_total")).toMatchObject({ status: "value", value: "2.00", basis: "table" });
  });

  it("not applicable: a budget's 三公 execution rate", () => {
    expect(csvRow(SHENQIU, "three_public_execution_rate")).toMatchObject({
      status: "not_applicable",
      value: "",
      reason: "budget_no_execution",
      unit_zh: "比率",
      unit_en: "ratio",
    });
    // 001 公开09表 line 478: 三公 合计 预算数 1.06, 决算数 1.06 → 1.06 ÷ 1.06 = 1
    expect(csvRow(QIANSHAN, "three_public_execution_rate")).toMatchObject({ status: "value", value: "1" });
  });

  it("a not-disclosed table: a report without its 三公 table is not_disclosed, never blank or zero", () => {
    // No metric of the four reports rests on a table they leave out (000 lists 表2 收入预算总表 in its contents,
    // line 20, and prints none, but no metric reads it): 003's facts with its 三公 table (表7, line 200) taken away.
    const f = factsByDocument(data).get(FUSHUN);
    if (!f) throw new Error(FUSHUN);
    const without = { ...f, threePublicTable: null, threePublic: [] };
    expect(threePublic(without, "total")).toEqual({ state: "not_disclosed", note: "no_three_public_table" });
    const row = metrics.find((m) => m.document_id === FUSHUN && m.metric === "three_public_total");
    if (!row) throw new Error("row");
    const cells = metricsCsvRow({ ...row, result: threePublic(without, "total") }, units);
    const rec = Object.fromEntries(METRICS_CSV_HEADER.map((h, i) => [h, cells[i] ?? ""]));
    expect(rec).toMatchObject({
      status: "not_disclosed",
      value: "",
      reason: "no_three_public_table",
      source_lines: "",
    });
  });

  it("a figure resting on a contradicted line carries the finding: 鞍山 人员经费 424.29 (F02, narrative 402.96)", () => {
    // 000 表6 line 410: 合计 448.29 424.29 24.00; narrative line 175: 人员经费…402.96 万元 (findings F02-F04 name
    // T06 line 410)
    expect(csvRow(ANSHAN, "personnel_expense_reported")).toMatchObject({
      status: "value",
      value: "424.29",
      source_lines: "T06:410",
      finding_ids: "F02;F03;F04",
    });
    // 000 表3 line 311: 合计 593.40: no finding names it
    expect(csvRow(ANSHAN, "total_expenditure").finding_ids).toBe("");
  });
});

describe("findingPlaces(where)", () => {
  it.each([
    ["narrative line 197 (also line 161)", ["narrative:197", "narrative:161"]],
    ["T01 lines 219+220+230 (24.28+172.93+16.82)", ["T01:219", "T01:220", "T01:230"]],
    ["narrative lines 189 and 191", ["narrative:189", "narrative:191"]],
    ["T05 lines 373-375 column total (sum)", ["T05:373", "T05:374", "T05:375"]],
    ["T01 line 220 (T04 line 332) 卫生健康支出", ["T01:220", "T04:332"]],
    ["standard economic classification code for 电费", []],
  ])("findingPlaces(%j)", (where, places) => {
    expect(findingPlaces(where)).toEqual(places);
  });
});
