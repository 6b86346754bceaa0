/**
 * data/project_totals.csv: the 合计 and unit rows of the project tables, and their identities, worked out by hand
 * from the printed lines (000 = 000_40f2de11a2278ee4.txt 鞍山 表9, 002 = 002_7cae605de1a9dcbd.txt 沈丘 预算10表,
 * 003 = 003_abee6ec0de6ec728.txt 抚顺 表9), never from the code's output.
 */
import { describe, expect, it } from "vitest";
import type { Identity } from "../src/lib/data/identities/evaluate.ts";
import { evaluate } from "../src/lib/data/identities/evaluate.ts";
import { projectTotalChecks } from "../src/lib/data/identities/project-totals.ts";
import type { ProjectRow, ProjectTotalRow } from "../src/lib/data/model.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const D000 = "210300-bureau-2024-budget";
const D002 = "411624-bureau-2024-budget";
const D003 = "210400-centre-2024-budget";

describe("project table totals (worked by hand)", () => {
  const report = validateDataDir("data");
  const byKey = new Map(report.checks.map((c) => [c.key, c]));
  const CASES: [key: string, expected: number, actual: number][] = [
    // 000 表9 line 493 合计 145.11 = 政府采购劳务派遣工作经费 115.11 (line 495) + 医保基金监管经费 30.00 (line 496).
    [`${D000}/T10/project-total-sum/L493/amount`, 145.11, 145.11],
    [`${D000}/T10/project-unit-sum/L494/amount`, 145.11, 145.11],
    [`${D000}/T10/project-total-units/L493/amount`, 145.11, 145.11],
    // 000 line 493: 总计 145.11 = 本年收入 合计 145.11; = 表3 合计 line 311 项目支出 145.11.
    [`${D000}/T10/project-total-current-year/L493/amount`, 145.11, 145.11],
    [`${D000}/T10/project-total-vs-functional/L493:T03/amount`, 145.11, 145.11],
    // 002 预算10表 line 426 合计 2,400.00 = 1,300 + 730 + 80 + 50 + 30 + 20 + 20 (lines 428-434) + 40 + 30 + 15 + 85 (lines
    // 436-439, after the page break).
    [`${D002}/T10/project-total-sum/L426/amount_general_budget`, 2400, 2400],
    [`${D002}/T10/project-unit-sum/L427/amount`, 2400, 2400],
    // 003 表9 line 226 合计 56,949.51 = the eleven projects (lines 228-260): 55.13 + 1,440 + 3,372.44 + 5.94 + 14,770 +
    // 23,121 + 3,037 + 2,208 + 60 + 3,400 + 5,480 = 56,949.51; = 表3 合计 line 41 项目支出 56,949.51.
    [`${D003}/T08/project-total-sum/L226/amount`, 56949.51, 56949.51],
    [`${D003}/T08/project-total-vs-functional/L226:T02/amount`, 56949.51, 56949.51],
  ];
  it("validates with no error", () => {
    expect(report.errors).toEqual([]);
  });
  it.each(CASES)("%s: printed %d, parts give %d (pass)", (key, expected, actual) => {
    const check = byKey.get(key);
    expect(check, key).toBeDefined();
    expect(check?.expected).toBeCloseTo(expected, 6);
    expect(check?.actual).toBeCloseTo(actual, 6);
    expect(check?.status).toBe("pass");
  });
  it("has the 合计 and unit rows of the three project tables (000 lines 493-494, 002 426-427, 003 226-227)", () => {
    expect(report.data?.project_totals.map((r) => [r.document_id, r.line, r.row_kind, r.amount])).toEqual([
      [D000, 493, "total", 145.11],
      [D000, 494, "unit", 145.11],
      [D002, 426, "total", 2400],
      [D002, 427, "unit", 2400],
      [D003, 226, "total", 56949.51],
      [D003, 227, "unit", 56949.51],
    ]);
  });
});

describe("projectTotalChecks", () => {
  const total = (amount: number | null, kind: ProjectTotalRow["row_kind"] = "total", line = 1) =>
    ({
      document_id: D000,
      table_id: "T10",
      line,
      subunit_id: null,
      row_kind: kind,
      label: null,
      unit_code: null,
      amount,
      amount_current_year: null,
      amount_general_budget: null,
      notes: null,
    }) as ProjectTotalRow;
  const project = (amount: number | null, line: number) =>
    ({ document_id: D000, table_id: "T10", line, subunit_id: null, amount, amount_general_budget: null }) as ProjectRow;
  const run = (totals: ProjectTotalRow[], projects: ProjectRow[]) => {
    const out: Identity[] = [];
    projectTotalChecks(totals, projects, undefined, { push: (id) => out.push(id) });
    return out.map((id) => [id.rule, id.column, evaluate(id)?.status ?? null]);
  };
  it("passes a total that its projects make, fails one they do not", () => {
    expect(run([total(145.11)], [project(115.11, 3), project(30, 4)])[0]).toEqual([
      "project-total-sum",
      "amount",
      "pass",
    ]);
    expect(run([total(145.12)], [project(115.11, 3), project(30, 4)])[0]).toEqual([
      "project-total-sum",
      "amount",
      "rounding",
    ]);
    expect(run([total(245.11)], [project(115.11, 3), project(30, 4)])[0]).toEqual([
      "project-total-sum",
      "amount",
      "fail",
    ]);
  });
  it("checks the total against its unit rows, and makes no check where both sides are blank", () => {
    expect(run([total(145.11), total(145.11, "unit", 2)], [project(145.11, 3)])).toEqual([
      ["project-total-sum", "amount", "pass"],
      ["project-total-units", "amount", "pass"],
      ["project-total-sum", "amount_general_budget", null],
      ["project-total-units", "amount_general_budget", null],
      ["project-unit-sum", "amount", "pass"],
      ["project-unit-sum", "amount_general_budget", null],
    ]);
  });
});
