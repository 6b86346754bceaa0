import type { EconomicRow } from "../../data/model.ts";
import { printedRow, sourceOf, type DocFacts } from "../../data/facts.ts";
import { ownOperationsTotal } from "./pass-through.ts";
import type { MetricSpec } from "./taxonomy.ts";
import { basicExpenditure, totalExpenditure } from "./totals.ts";
import { cell, notDisclosed, ratio, sumValues, type MetricValue } from "./values.ts";

/** The economic table's 合计 for personnel or public, as printed (blocks: 人员经费合计 / 公用经费合计). */
function economicReported(f: DocFacts, part: "personnel" | "public"): MetricValue {
  const table = f.economicTable;
  if (!table) return notDisclosed("no_economic_table");
  const blocks = f.economic.some((r) => r.section !== null);
  const row = f.economic.find(
    (r) => r.row_kind === "total" && !r.subunit_id && (blocks ? r.section === part : r.section === null),
  );
  if (!row) return notDisclosed("no_economic_total");
  const v = blocks ? row.total : row[part];
  const src = [sourceOf(f, table, row.line, printedRow(row), blocks ? "total" : part)];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}

/** 人员经费 as the report's basic-expenditure table prints it (may include e.g. 30239 其他交通费用). */
export const personnelExpenseReported = (f: DocFacts) => economicReported(f, "personnel");
export const publicExpenseReported = (f: DocFacts) => economicReported(f, "public");

/** 人员经费 by the official definition: economic classes 301 工资福利支出 + 303 对个人和家庭的补助. */
export function personnelExpenseEcon(f: DocFacts): MetricValue {
  const table = f.economicTable;
  if (!table) return notDisclosed("no_economic_table");
  const rowsOf = (cls: string): EconomicRow[] => {
    const classRows = f.economic.filter((r) => r.row_kind === "class" && r.code === cls);
    return classRows.length ? classRows : f.economic.filter((r) => r.row_kind === "item" && r.code?.startsWith(cls));
  };
  const rows = [...rowsOf("301"), ...rowsOf("303")];
  if (!rows.length)
    return {
      state: "value",
      value: 0,
      basis: "derived",
      sources: [sourceOf(f, table, table.line_start)],
      note: "no 301/303 rows printed",
    };
  return sumValues(
    rows.map((r) => cell(f, r.total, r.line, table, printedRow(r), "total")),
    "derived",
  );
}

export const personnelShareOfBasic = (f: DocFacts) => ratio(personnelExpenseReported(f), basicExpenditure(f));
export const personnelShareOfBasicEcon = (f: DocFacts) => ratio(personnelExpenseEcon(f), basicExpenditure(f));
export const personnelShareOfTotal = (f: DocFacts) => ratio(personnelExpenseReported(f), totalExpenditure(f));
export const personnelShareOfOwnOperations = (f: DocFacts) => ratio(personnelExpenseReported(f), ownOperationsTotal(f));

/** Registry entries of the personnel family, in registry order (`chart`: order on the family page). */
export const PERSONNEL_METRICS: MetricSpec[] = [
  {
    id: "personnel_expense_reported",
    family: "personnel",
    unit: "万元",
    compute: personnelExpenseReported,
    claimSubjects: ["personnel_expense"],
    chart: 5,
  },
  { id: "personnel_expense_econ", family: "personnel", unit: "万元", compute: personnelExpenseEcon, chart: 6 },
  {
    id: "public_expense_reported",
    family: "personnel",
    unit: "万元",
    compute: publicExpenseReported,
    claimSubjects: ["public_expense"],
  },
  {
    id: "personnel_share_of_basic",
    family: "personnel",
    unit: "ratio",
    compute: personnelShareOfBasic,
    chart: 1,
    headline: true,
  },
  {
    id: "personnel_share_of_basic_econ",
    family: "personnel",
    unit: "ratio",
    compute: personnelShareOfBasicEcon,
    chart: 2,
  },
  { id: "personnel_share_of_total", family: "personnel", unit: "ratio", compute: personnelShareOfTotal, chart: 3 },
  {
    id: "personnel_share_of_own_operations",
    family: "personnel",
    unit: "ratio",
    compute: personnelShareOfOwnOperations,
    chart: 4,
  },
];
