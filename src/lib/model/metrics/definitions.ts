import type { EconomicRow, FunctionalAmount, FunctionalRow, ThreePublicItem } from "../../data/model.ts";
import { sourceOf, type DocFacts } from "../../data/facts.ts";
import { difference, notDisclosed, ratio, sumValues, type MetricValue } from "./values.ts";

/** One figure of the headline functional table's 合计 row (the whole document, not a sub-unit). */
function functionalTotal(f: DocFacts, column: FunctionalAmount): MetricValue {
  const table = f.functionalTable;
  if (!table) return notDisclosed("no functional-classification table");
  const row = f.functional.find((r) => r.row_kind === "total" && !r.subunit_id);
  if (!row)
    return table.status === "printed_empty"
      ? { state: "blank", sources: [sourceOf(f, table, table.line_start)] }
      : notDisclosed("no 合计 row");
  const src = [sourceOf(f, table, row.line)];
  const v = row[column];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}

export const totalExpenditure = (f: DocFacts) => functionalTotal(f, "total");
export const basicExpenditure = (f: DocFacts) => functionalTotal(f, "basic");
export const projectExpenditure = (f: DocFacts) => functionalTotal(f, "project");

/** The economic table's 合计 for personnel or public, as printed (blocks: 人员经费合计 / 公用经费合计). */
function economicReported(f: DocFacts, part: "personnel" | "public"): MetricValue {
  const table = f.economicTable;
  if (!table) return notDisclosed("no basic-expenditure (economic) table");
  const blocks = f.economic.some((r) => r.section !== null);
  const row = f.economic.find(
    (r) => r.row_kind === "total" && !r.subunit_id && (blocks ? r.section === part : r.section === null),
  );
  if (!row) return notDisclosed("no 合计 row in the economic table");
  const v = blocks ? row.total : row[part];
  const src = [sourceOf(f, table, row.line)];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}

/** 人员经费 as the report's basic-expenditure table prints it (may include e.g. 30239 其他交通费用). */
export const personnelExpenseReported = (f: DocFacts) => economicReported(f, "personnel");
export const publicExpenseReported = (f: DocFacts) => economicReported(f, "public");

/** 人员经费 by the official definition: economic classes 301 工资福利支出 + 303 对个人和家庭的补助. */
export function personnelExpenseEcon(f: DocFacts): MetricValue {
  const table = f.economicTable;
  if (!table) return notDisclosed("no basic-expenditure (economic) table");
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
    rows.map((r) => cell(f, r.total, r.line, table)),
    "derived",
  );
}

function cell(f: DocFacts, v: number | null, line: number, table: DocFacts["economicTable"]): MetricValue {
  const src = [sourceOf(f, table, line)];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}

/**
 * Spending under a functional code (款 21013, 项 2101103 …) in one column of the headline table: the code's own row,
 * else the sum of its children. A complete table with no such row discloses zero (derived, not printed).
 */
export function functionalCode(f: DocFacts, code: string, column: FunctionalAmount = "total"): MetricValue {
  const table = f.functionalTable;
  if (!table) return notDisclosed("no functional-classification table");
  const body = f.functional.filter((r) => r.row_kind !== "total" && r.row_kind !== "unit");
  const own = body.filter((r) => r.code === code);
  const rows: FunctionalRow[] = own.length
    ? own
    : body.filter((r) => r.row_kind === "item" && r.code?.startsWith(code));
  if (!rows.length)
    return {
      state: "value",
      value: 0,
      basis: "derived",
      sources: [sourceOf(f, table, table.line_start)],
      note: `no ${code} row in a complete table`,
    };
  return sumValues(
    rows.map((r) => cell(f, r[column], r.line, table)),
    "table",
  );
}

export const medicalAssistance = (f: DocFacts) => functionalCode(f, "21013");
export const insuranceFundSubsidy = (f: DocFacts) => functionalCode(f, "21012");
export const civilServantMedicalSubsidy = (f: DocFacts) => functionalCode(f, "2101103");

/** Functional codes whose *project* spending the body only channels to others (see the methodology page). */
export const PASS_THROUGH_CODES = ["21012", "21013", "21014", "2101103"] as const;
/** Projects channelled to others that sit under a general code (e.g. 2109999), recognised by name. */
export const PASS_THROUGH_PROJECT = /离休.{0,4}医药费/;

/** Money the body passes on: project spending under PASS_THROUGH_CODES plus named pass-through projects. */
export function passThroughTotal(f: DocFacts): MetricValue {
  if (!f.functionalTable) return notDisclosed("no functional-classification table");
  const byCode = PASS_THROUGH_CODES.map((c) => {
    const v = functionalCode(f, c, "project");
    return v.state === "blank" ? { ...v, state: "value" as const, value: 0, basis: "derived" as const } : v;
  });
  const named = f.projects
    .filter(
      (p) => PASS_THROUGH_PROJECT.test(p.name) && !PASS_THROUGH_CODES.some((c) => p.functional_code?.startsWith(c)),
    )
    .map((p) => cell(f, p.amount, p.line, f.projectsTable));
  return sumValues([...byCode, ...named], "derived");
}

export const ownOperationsTotal = (f: DocFacts) => difference(totalExpenditure(f), passThroughTotal(f));

export const personnelShareOfBasic = (f: DocFacts) => ratio(personnelExpenseReported(f), basicExpenditure(f));
export const personnelShareOfBasicEcon = (f: DocFacts) => ratio(personnelExpenseEcon(f), basicExpenditure(f));
export const personnelShareOfTotal = (f: DocFacts) => ratio(personnelExpenseReported(f), totalExpenditure(f));
export const personnelShareOfOwnOperations = (f: DocFacts) => ratio(personnelExpenseReported(f), ownOperationsTotal(f));

/** A 三公 figure in the document's own stage (预算数 for budgets, 决算数 for final accounts). */
export function threePublic(f: DocFacts, item: ThreePublicItem, measure = f.document.stage): MetricValue {
  const table = f.threePublicTable;
  if (!table) return notDisclosed("no 三公 table");
  const row = f.threePublic.find((r) => r.item === item && r.measure === measure && !r.subunit_id);
  if (!row) {
    if (item === "vehicle")
      return sumValues([threePublic(f, "vehicle_purchase", measure), threePublic(f, "vehicle_operation", measure)]);
    return table.status === "printed_empty"
      ? { state: "blank", sources: [sourceOf(f, table, table.line_start)] }
      : notDisclosed(`no ${item} ${measure} cell`);
  }
  return cell(f, row.amount, row.line, table);
}

export const threePublicShareOfBasic = (f: DocFacts) => ratio(threePublic(f, "total"), basicExpenditure(f));

/** Final ÷ budget of the 三公 total, for final accounts that print both columns. */
export function threePublicExecutionRate(f: DocFacts): MetricValue {
  if (f.document.stage !== "final") return notDisclosed("budgets have no execution rate");
  return ratio(threePublic(f, "total", "final"), threePublic(f, "total", "budget"));
}
