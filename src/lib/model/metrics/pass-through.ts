import type { FunctionalAmount, FunctionalRow } from "../../data/model.ts";
import { printedRow, sourceOf, type DocFacts } from "../../data/facts.ts";
import type { MetricSpec } from "./taxonomy.ts";
import { totalExpenditure } from "./totals.ts";
import { cell, difference, notDisclosed, sumValues, type MetricValue } from "./values.ts";

/**
 * Spending under a functional code (款 21013, 项 2101103 …) in one column of the headline table: the code's own row,
 * else the sum of its children. A complete table with no such row discloses zero (derived, not printed).
 */
export function functionalCode(f: DocFacts, code: string, column: FunctionalAmount = "total"): MetricValue {
  const table = f.functionalTable;
  if (!table) return notDisclosed("no_functional_table");
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
    rows.map((r) => cell(f, r[column], r.line, table, printedRow(r), column)),
    "table",
  );
}

export const medicalAssistance = (f: DocFacts) => functionalCode(f, "21013");
export const insuranceFundSubsidy = (f: DocFacts) => functionalCode(f, "21012");
export const civilServantMedicalSubsidy = (f: DocFacts) => functionalCode(f, "2101103");
/**
 * The two things 2101103 公务员医疗补助 holds: the basic-expenditure column is the body's own staff contribution
 * (001 公开05表 line 375: 1.03, all basic), part of its own operations; the project column is the city-wide subsidy
 * it passes on (003 表3 line 50: 3,372.44, all project), part of the pass-through.
 */
export const civilServantMedicalSubsidyOwn = (f: DocFacts) => functionalCode(f, "2101103", "basic");
export const civilServantMedicalSubsidyPassedOn = (f: DocFacts) => functionalCode(f, "2101103", "project");

/** Functional codes whose *project* spending the body only channels to others (see the methodology page). */
export const PASS_THROUGH_CODES = ["21012", "21013", "21014", "2101103"] as const;
/** Projects channelled to others that sit under a general code (e.g. 2109999), recognised by name. */
export const PASS_THROUGH_PROJECT = /离休.{0,4}医药费/;

/** Money the body passes on: project spending under PASS_THROUGH_CODES plus named pass-through projects. */
export function passThroughTotal(f: DocFacts): MetricValue {
  if (!f.functionalTable) return notDisclosed("no_functional_table");
  const byCode = PASS_THROUGH_CODES.map((c) => {
    const v = functionalCode(f, c, "project");
    return v.state === "blank" ? { ...v, state: "value" as const, value: 0, basis: "derived" as const } : v;
  });
  const named = f.projects
    .filter(
      (p) => PASS_THROUGH_PROJECT.test(p.name) && !PASS_THROUGH_CODES.some((c) => p.functional_code?.startsWith(c)),
    )
    .map((p) => cell(f, p.amount, p.line, f.projectsTable, { code: null, name: p.name }, "amount"));
  return sumValues([...byCode, ...named], "derived");
}

export const ownOperationsTotal = (f: DocFacts) => difference(totalExpenditure(f), passThroughTotal(f));

/** Registry entries of the medical-assistance and subsidies families, in registry order. */
export const PASS_THROUGH_METRICS: MetricSpec[] = [
  {
    id: "medical_assistance",
    family: "medical_assistance",
    unit: "万元",
    compute: medicalAssistance,
    chart: 1,
    headline: true,
  },
  { id: "insurance_fund_subsidy", family: "subsidies", unit: "万元", compute: insuranceFundSubsidy, chart: 1 },
  {
    id: "civil_servant_medical_subsidy",
    family: "subsidies",
    unit: "万元",
    compute: civilServantMedicalSubsidy,
    chart: 2,
  },
  {
    id: "civil_servant_medical_subsidy_passed_on",
    family: "subsidies",
    unit: "万元",
    compute: civilServantMedicalSubsidyPassedOn,
    chart: 3,
  },
  {
    id: "civil_servant_medical_subsidy_own",
    family: "subsidies",
    unit: "万元",
    compute: civilServantMedicalSubsidyOwn,
    chart: 4,
  },
  { id: "pass_through_total", family: "subsidies", unit: "万元", compute: passThroughTotal, chart: 5, headline: true },
  { id: "own_operations_total", family: "subsidies", unit: "万元", compute: ownOperationsTotal, chart: 6 },
];
