import type { FunctionalRow, ProjectRow, ProjectTotalRow } from "../model.ts";
import type { CellRef, IdentitySink } from "./evaluate.ts";

const cell = (row: object, column: string): CellRef => ({ row, column });
const COLUMNS = ["amount", "amount_general_budget"] as const;

/**
 * Identities of a project table's 合计 and unit rows (data/project_totals.csv): the 合计 row is the sum of the
 * projects and of the unit rows, a unit row the sum of its body's projects, in the 总计 and 一般公共预算 columns; the
 * 总计 is the 本年收入 合计 (no 上年结转结余 is printed in these tables); and the 合计 is the 项目支出 total of the
 * functional table (`fTotal`, its 合计 row).
 */
export function projectTotalChecks(
  totals: readonly ProjectTotalRow[],
  projects: readonly ProjectRow[],
  fTotal: FunctionalRow | undefined,
  out: IdentitySink,
): void {
  for (const row of totals) {
    const own = projects.filter(
      (p) => p.table_id === row.table_id && (row.row_kind === "total" || p.subunit_id === row.subunit_id),
    );
    const base = { document_id: row.document_id, table_id: row.table_id, line: row.line };
    const subject = `L${row.line}`;
    for (const column of COLUMNS) {
      if (own.length)
        out.push({
          ...base,
          rule: row.row_kind === "total" ? "project-total-sum" : "project-unit-sum",
          subject,
          column,
          expected: row[column],
          parts: own.map((p) => p[column]),
          cells: [cell(row, column), ...own.map((p) => cell(p, column))],
        });
      const units = totals.filter((u) => u.table_id === row.table_id && u.row_kind === "unit");
      if (row.row_kind === "total" && units.length)
        out.push({
          ...base,
          rule: "project-total-units",
          subject,
          column,
          expected: row[column],
          parts: units.map((u) => u[column]),
          cells: [cell(row, column), ...units.map((u) => cell(u, column))],
        });
    }
    if (row.amount_current_year !== null)
      out.push({
        ...base,
        rule: "project-total-current-year",
        subject,
        column: "amount",
        expected: row.amount,
        parts: [row.amount_current_year],
        cells: [cell(row, "amount"), cell(row, "amount_current_year")],
      });
    if (row.row_kind === "total" && fTotal)
      out.push({
        ...base,
        rule: "project-total-vs-functional",
        subject: `${subject}:${fTotal.table_id}`,
        column: "amount",
        expected: fTotal.project,
        parts: [row.amount],
        cells: [cell(fTotal, "project"), cell(row, "amount")],
      });
  }
}
