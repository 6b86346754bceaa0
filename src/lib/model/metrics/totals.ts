import type { FunctionalAmount } from "../../data/model.ts";
import { printedRow, sourceOf, type DocFacts } from "../../data/facts.ts";
import type { MetricSpec } from "./taxonomy.ts";
import { notDisclosed, type MetricValue } from "./values.ts";

/** One figure of the headline functional table's 合计 row (the whole document, not a sub-unit). */
function functionalTotal(f: DocFacts, column: FunctionalAmount): MetricValue {
  const table = f.functionalTable;
  if (!table) return notDisclosed("no_functional_table");
  const row = f.functional.find((r) => r.row_kind === "total" && !r.subunit_id);
  if (!row)
    return table.status === "printed_empty"
      ? { state: "blank", sources: [sourceOf(f, table, table.line_start)] }
      : notDisclosed("no_total_row");
  const src = [sourceOf(f, table, row.line, printedRow(row), column)];
  const v = row[column];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}

export const totalExpenditure = (f: DocFacts) => functionalTotal(f, "total");
export const basicExpenditure = (f: DocFacts) => functionalTotal(f, "basic");
export const projectExpenditure = (f: DocFacts) => functionalTotal(f, "project");

/** Registry entries of the totals family, in registry order. */
export const TOTALS_METRICS: MetricSpec[] = [
  {
    id: "total_expenditure",
    family: "totals",
    unit: "万元",
    compute: totalExpenditure,
    claimSubjects: ["total_expenditure", "total_income_expenditure"],
    headline: true,
  },
  {
    id: "basic_expenditure",
    family: "totals",
    unit: "万元",
    compute: basicExpenditure,
    claimSubjects: ["basic_expenditure"],
  },
  {
    id: "project_expenditure",
    family: "totals",
    unit: "万元",
    compute: projectExpenditure,
    claimSubjects: ["project_expenditure"],
  },
];
