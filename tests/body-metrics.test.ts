/**
 * Each body's figures in a consolidated report, from 001_d0c77a329ce627f3.txt 公开05表 (一般公共预算财政拨款支出决算表,
 * lines 372–387), which lists the bureau's rows (373–379), then the centre's (380–387), under one 合计 214.04.
 * Worked out from the printed lines (columns 合计 | 基本支出 | 项目支出):
 * - bureau total: 4.96 + 1.90 + 1.03 + 0.02 + 39.98 + 1.41 + 3.97 = 53.27; basic: the same without 2101599's 1.41
 *   (project only) = 51.86; project: 1.41 (line 378)
 * - centre total: 16.05 + 1.07 + 2.20 + 6.21 + 0.06 + 118.94 + 3.36 + 12.85 = 160.74;
 *   basic: 16.05 + 0.38 + 0.68 + 6.21 + 0.06 + 118.94 + 2.60 + 12.85 = 157.77; project: 0.69 + 1.52 + 0.76 = 2.97
 * - shares of the bodies' 214.01: 53.27 / 214.01 = 0.24891… and 160.74 / 214.01 = 0.75108…
 * 002 (沈丘县, consolidated budget) prints neither body apart (F09): no per-body figure.
 */
import { describe, expect, it } from "vitest";
import { factsByDocument } from "../src/lib/data/facts.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { bodyFigure, computeBodyMetrics } from "../src/lib/model/metrics/bodies.ts";
import { METRICS_CSV_HEADER, metricsCsvRow } from "../src/lib/render/metrics-csv.ts";

const QS = "210311-bureau-2024-final";
const data = validateDataDir("data").data;
if (!data) throw new Error("data/ does not validate");
const facts = factsByDocument(data);
const rows = computeBodyMetrics(facts.values());
const value = (body: string, metric: string) => {
  const r = rows.find((m) => m.unit_id === body && m.metric === metric)?.result;
  return r?.state === "value" ? r.value : r?.state;
};

describe("computeBodyMetrics(facts) of 001 (千山区 bureau + centre, 公开05表)", () => {
  it.each([
    ["210311-bureau", "total_expenditure", 53.27],
    ["210311-bureau", "basic_expenditure", 51.86],
    ["210311-bureau", "project_expenditure", 1.41],
    ["210311-centre", "total_expenditure", 160.74],
    ["210311-centre", "basic_expenditure", 157.77],
    ["210311-centre", "project_expenditure", 2.97],
  ])("%s %s is %d", (body, metric, expected) => {
    expect(value(body, metric)).toBe(expected);
  });

  it("each body's share of the bodies' spending is its total over 214.01", () => {
    expect(value("210311-bureau", "body_share_of_total")).toBeCloseTo(53.27 / 214.01, 10);
    expect(value("210311-centre", "body_share_of_total")).toBeCloseTo(160.74 / 214.01, 10);
  });

  it("every figure is marked as derived from the consolidated report, citing the body's lines", () => {
    expect(rows.every((r) => r.document_id === QS && r.result.state === "value")).toBe(true);
    expect(rows.every((r) => r.result.state === "value" && r.result.fromConsolidated === QS)).toBe(true);
    const total = rows.find((r) => r.unit_id === "210311-centre" && r.metric === "total_expenditure")?.result;
    expect(total?.state === "value" && total.sources.map((s) => s.line)).toEqual([
      380, 381, 382, 383, 384, 385, 386, 387,
    ]);
  });

  it("metrics.csv writes them with basis derived_from_consolidated", () => {
    const units = new Map(data.units.map((u) => [u.unit_id as string, u]));
    const header: string[] = [...METRICS_CSV_HEADER];
    const at = (name: string) => header.indexOf(name);
    expect(
      rows
        .map((r) => metricsCsvRow(r, units))
        .map((c) => [c[at("unit_id")], c[at("metric")], c[at("value")], c[at("basis")]]),
    ).toContainEqual(["210311-centre", "total_expenditure", "160.74", "derived_from_consolidated"]);
  });
});

describe("computeBodyMetrics(facts) gives nothing where the tables do not split the bodies", () => {
  it.each([
    ["411624-bureau-2024-budget", "consolidated, bodies not printed apart (F09)"],
    ["210300-bureau-2024-budget", "one body's own report"],
    ["210400-centre-2024-budget", "one body's own report"],
  ])("%s (%s)", (documentId) => {
    expect(rows.filter((r) => r.document_id === documentId)).toEqual([]);
  });

  it("bodyFigure of a body the report prints no row of is not disclosed", () => {
    const f = facts.get("411624-bureau-2024-budget");
    expect(f && bodyFigure(f, "411624-centre", "total").state).toBe("not_disclosed");
  });
});
