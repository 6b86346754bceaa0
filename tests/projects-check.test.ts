/**
 * Project rows have one partner in the financial tables: the functional table's 项目支出 total. Figures from the
 * reports: 000 (鞍山) 表9 lists 115.11 + 30.00 = 145.11 = 表3 合计 项目支出 145.11 (line 311); 002 (沈丘) 预算10表's
 * 11 projects add up to 2,400.00 = 预算03表 项目支出 2,400.00 (line 251); 003 (抚顺) 表9's 11 projects add up to
 * 56,949.51 = 表1-2 项目支出 56,949.51 (line 41).
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { corrupt } from "./helpers/data-copy.ts";

describe("validateDataDir: projects-vs-functional", () => {
  it("forms one check per report with projects, each printed total equal to the projects' sum", () => {
    const report = validateDataDir("data");
    const found = report.checks
      .filter((c) => c.rule === "projects-vs-functional")
      .map((c) => [c.document_id, c.line, c.expected, c.actual, c.cells, c.status]);
    expect(found).toEqual([
      ["210300-bureau-2024-budget", 311, 145.11, 145.11, 2, "pass"],
      ["411624-bureau-2024-budget", 251, 2400, 2400, 11, "pass"],
      ["210400-centre-2024-budget", 41, 56949.51, 56949.51, 11, "pass"],
    ]);
  });

  // The projects' 一般公共预算 column against the 一般公共预算支出表's 合计 项目支出: 000 表5 line 371 145.11; 002
  // 预算05表 line 325 2,400.00; 003 表5 (T04) line 107 56,949.51 — each the sum of the projects' column as printed.
  it("forms one projects-gpb-vs-functional check per report, each passing", () => {
    const found = validateDataDir("data")
      .checks.filter((c) => c.rule === "projects-gpb-vs-functional")
      .map((c) => [c.document_id, c.table_id, c.line, c.expected, c.actual, c.status]);
    expect(found).toEqual([
      ["210300-bureau-2024-budget", "T05", 371, 145.11, 145.11, "pass"],
      ["411624-bureau-2024-budget", "T05", 325, 2400, 2400, "pass"],
      ["210400-centre-2024-budget", "T04", 107, 56949.51, 56949.51, "pass"],
    ]);
  });

  it("reports a changed project amount at the functional total's project cell", () => {
    const dir = corrupt(["projects.csv", ",政府采购劳务派遣工作经费,,115.11,", ",政府采购劳务派遣工作经费,,151.11,"]);
    const errors = validateDataDir(dir).errors.map((e) => ({ ...e, file: basename(e.file) }));
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.rule}`)).toEqual([
      // functional.csv line 2 is 000 表3 合计 (source line 311); its 17th field is `project`.
      "functional.csv:2:78: identity",
      // and at its 绩效目标表 budget (表17 line 555 预算资金情况 115.11; performance.csv line 5, `value`).
      "performance.csv:5:57: identity",
      // and at the project table's 合计 and unit rows (表9 lines 493-494, 145.11; project_totals.csv lines 2-3,
      // `amount`).
      "project_totals.csv:2:46: identity",
      "project_totals.csv:3:54: identity",
    ]);
    expect(errors[0]?.message).toContain("printed 145.11 but parts sum to 181.11");
  });
});
