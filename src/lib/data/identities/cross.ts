import type { Dataset } from "../model.ts";
import { FUNCTIONAL_ROLES, headlineTable } from "../facts.ts";
import type { IdentitySink } from "./evaluate.ts";

/** One document's rows of the tables the cross-checks read, in file order. */
type DocumentRows = Pick<Dataset, "tables" | "functional" | "economic" | "summary" | "projects">;

export function crossChecks(data: DocumentRows, documentId: string, out: IdentitySink): void {
  const tables = data.tables.filter((t) => t.document_id === documentId);
  const fTable = headlineTable(tables, FUNCTIONAL_ROLES)?.table_id;
  const eTable = headlineTable(tables, ["economic"])?.table_id;
  const sTable = headlineTable(tables, ["summary"])?.table_id;
  const pTable = headlineTable(tables, ["projects"])?.table_id;
  const fTotal = data.functional.find(
    (r) => r.document_id === documentId && r.table_id === fTable && r.row_kind === "total" && !r.subunit_id,
  );
  if (!fTotal || !fTable) return;
  if (eTable) {
    const eTotals = data.economic.filter(
      (r) => r.document_id === documentId && r.table_id === eTable && r.row_kind === "total" && !r.subunit_id,
    );
    if (eTotals.length)
      out.push({
        document_id: documentId,
        table_id: fTable,
        rule: "basic-vs-economic",
        subject: eTable,
        column: "basic",
        line: fTotal.line,
        expected: fTotal.basic,
        parts: eTotals.map((r) => r.total),
        cells: [{ row: fTotal, column: "basic" }, ...eTotals.map((row) => ({ row, column: "total" }))],
      });
  }
  if (sTable) {
    const income = data.summary.find(
      (r) =>
        r.document_id === documentId &&
        r.table_id === sTable &&
        r.side === "income" &&
        r.item === "current_year_total" &&
        (r.column === "amount" || r.column === "total"),
    );
    if (income)
      out.push({
        document_id: documentId,
        table_id: fTable,
        rule: "revenue-vs-expenditure",
        subject: sTable,
        column: "total",
        line: fTotal.line,
        expected: fTotal.total,
        parts: [income.amount],
        cells: [
          { row: fTotal, column: "total" },
          { row: income, column: "amount" },
        ],
      });
  }
  // Every project listed adds up to the functional table's 项目支出 total: the project list's only partner in the
  // financial tables (a changed or lost project row is caught here).
  const projects = pTable ? data.projects.filter((r) => r.document_id === documentId && r.table_id === pTable) : [];
  if (pTable && projects.length)
    out.push({
      document_id: documentId,
      table_id: fTable,
      rule: "projects-vs-functional",
      subject: pTable,
      column: "project",
      line: fTotal.line,
      expected: fTotal.project,
      parts: projects.map((r) => r.amount),
      cells: [{ row: fTotal, column: "project" }, ...projects.map((row) => ({ row, column: "amount" }))],
    });
  // The projects' 一般公共预算 amounts add up to the 一般公共预算支出表's 项目支出 total (its 合计 row).
  const gpbTable = headlineTable(tables, ["functional_gpb"])?.table_id;
  const gpbTotal = gpbTable
    ? data.functional.find(
        (r) => r.document_id === documentId && r.table_id === gpbTable && r.row_kind === "total" && !r.subunit_id,
      )
    : undefined;
  if (pTable && gpbTable && gpbTotal && projects.some((r) => r.amount_general_budget !== null))
    out.push({
      document_id: documentId,
      table_id: gpbTable,
      rule: "projects-gpb-vs-functional",
      subject: pTable,
      column: "project",
      line: gpbTotal.line,
      expected: gpbTotal.project,
      parts: projects.map((r) => r.amount_general_budget),
      cells: [
        { row: gpbTotal, column: "project" },
        ...projects.map((row) => ({ row, column: "amount_general_budget" })),
      ],
    });
}
