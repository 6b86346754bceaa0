/**
 * performanceLines(rows, tables, problems): one entry per printed line of a performance table. The rows below copy
 * 001_d0c77a329ce627f3.txt (千山区 2024 决算) 整体绩效自评表 line 504 (下达金额 1.76, 执行金额 1.53, 执行率 87.22%,
 * 分值 10, 得分 8.72) and line 505 (下达金额 printed "8. . 445", illegible).
 */
import { describe, expect, it } from "vitest";
import type { PerformanceRow, TableRow } from "../src/lib/data/model.ts";
import type { CheckResult } from "../src/lib/data/types.ts";
import { performanceLines } from "../src/lib/model/performance.ts";

const D = "210311-bureau-2024-final";
const row = (line: number, item: PerformanceRow["item"], value: number | null, extra: Partial<PerformanceRow> = {}) =>
  ({
    document_id: D,
    table_id: "T10",
    line,
    subunit_id: null,
    project: null,
    label: line === 504 ? "基本支出公用经费(保运转)" : "基本支出人员经费(刚性)",
    item,
    value,
    unit: item === "rate" ? "%" : ["weight", "score"].includes(item) ? "分" : "万元",
    printed: null,
    status: "value",
    notes: null,
    ...extra,
  }) as PerformanceRow;
const table = { document_id: D, table_id: "T10", table_no: null, title: "部门(单位)整体绩效自评表" } as TableRow;
const rate504 = {
  document_id: D,
  table_id: "T10",
  line: 504,
  rule: "performance-rate",
  finding_id: "F35",
} as CheckResult;

describe("performanceLines", () => {
  const rows = [
    row(505, "budget", null, { status: "illegible", printed: "8. . 445" }),
    row(504, "budget", 1.76),
    row(504, "spent", 1.53),
    row(504, "rate", 87.22),
    row(504, "weight", 10),
    row(504, "score", 8.72),
  ];
  const lines = performanceLines(rows, [table], [rate504]);
  it("gives one entry per printed line, in line order, named by its label, a table without a number by its title", () => {
    expect(lines.map((l) => [l.line, l.name, l.table_no, l.table_title])).toEqual([
      [504, "基本支出公用经费(保运转)", "", "部门(单位)整体绩效自评表"],
      [505, "基本支出人员经费(刚性)", "", "部门(单位)整体绩效自评表"],
    ]);
  });
  it("keeps line 504's figures as printed and links the finding of its failing rate check", () => {
    const [l] = lines;
    expect([l?.budget?.value, l?.spent?.value, l?.rate?.value, l?.weight?.value, l?.score?.value]).toEqual([
      1.76, 1.53, 87.22, 10, 8.72,
    ]);
    expect(l?.findings).toEqual(["F35"]);
  });
  it("keeps an illegible cell illegible with its printed text and no value; a cell not on the line is null", () => {
    const l = lines[1];
    expect(l?.budget).toEqual({ value: null, status: "illegible", printed: "8. . 445" });
    expect(l?.spent).toBeNull();
    expect(l?.findings).toEqual([]);
  });
});
