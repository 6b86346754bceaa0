import type { ClaimRow, Dataset, Unit } from "../../data/model.ts";
import * as d from "./definitions.ts";
import { factsByDocument, type DocFacts, type Source } from "../../data/facts.ts";
import type { MetricValue } from "./values.ts";

export type Family = "totals" | "personnel" | "three_public" | "medical_assistance" | "subsidies";

export interface MetricDef {
  id: string;
  family: Family;
  unit: "万元" | "ratio";
  compute: (f: DocFacts) => MetricValue;
  /** Narrative subjects that state this metric's level or its change on the prior year. */
  claimSubjects?: string[];
}

const m = (
  id: string,
  family: Family,
  unit: "万元" | "ratio",
  compute: (f: DocFacts) => MetricValue,
  claimSubjects?: string[],
): MetricDef => (claimSubjects ? { id, family, unit, compute, claimSubjects } : { id, family, unit, compute });

/** Every metric, in display order. Formulas and definitions live in src/i18n (methodology page). */
export const METRICS: MetricDef[] = [
  m("total_expenditure", "totals", "万元", d.totalExpenditure, ["total_expenditure", "total_income_expenditure"]),
  m("basic_expenditure", "totals", "万元", d.basicExpenditure, ["basic_expenditure"]),
  m("project_expenditure", "totals", "万元", d.projectExpenditure, ["project_expenditure"]),
  m("personnel_expense_reported", "personnel", "万元", d.personnelExpenseReported, ["personnel_expense"]),
  m("personnel_expense_econ", "personnel", "万元", d.personnelExpenseEcon),
  m("public_expense_reported", "personnel", "万元", d.publicExpenseReported, ["public_expense"]),
  m("personnel_share_of_basic", "personnel", "ratio", d.personnelShareOfBasic),
  m("personnel_share_of_basic_econ", "personnel", "ratio", d.personnelShareOfBasicEcon),
  m("personnel_share_of_total", "personnel", "ratio", d.personnelShareOfTotal),
  m("personnel_share_of_own_operations", "personnel", "ratio", d.personnelShareOfOwnOperations),
  m("medical_assistance", "medical_assistance", "万元", d.medicalAssistance),
  m("insurance_fund_subsidy", "subsidies", "万元", d.insuranceFundSubsidy),
  m("civil_servant_medical_subsidy", "subsidies", "万元", d.civilServantMedicalSubsidy),
  m("pass_through_total", "subsidies", "万元", d.passThroughTotal),
  m("own_operations_total", "subsidies", "万元", d.ownOperationsTotal),
  m("three_public_total", "three_public", "万元", (f) => d.threePublic(f, "total"), ["three_public_total"]),
  m("three_public_overseas", "three_public", "万元", (f) => d.threePublic(f, "overseas"), ["three_public_overseas"]),
  m("three_public_vehicle_purchase", "three_public", "万元", (f) => d.threePublic(f, "vehicle_purchase"), [
    "three_public_vehicle_purchase",
  ]),
  m("three_public_vehicle_operation", "three_public", "万元", (f) => d.threePublic(f, "vehicle_operation"), [
    "three_public_vehicle_operation",
  ]),
  m("three_public_reception", "three_public", "万元", (f) => d.threePublic(f, "reception"), ["three_public_reception"]),
  m("three_public_share_of_basic", "three_public", "ratio", d.threePublicShareOfBasic),
  m("three_public_execution_rate", "three_public", "ratio", d.threePublicExecutionRate),
];

/** One metric of one unit, year and stage. `document_id` is the report that discloses (or implies) it. */
export interface MetricRow {
  unit_id: string;
  fiscal_year: number;
  stage: "budget" | "final";
  scope: "own" | "consolidated";
  metric: string;
  unit: "万元" | "ratio";
  document_id: string;
  result: MetricValue;
  /** For narrative prior-year figures: the claims the figure is derived from. */
  claims?: ClaimRow[];
}

/** Prior-year level implied by a narrative: current level minus the stated change (or ÷ (1 + pct)). */
export function priorFromNarrative(
  current: number,
  claims: ClaimRow[],
  subjects: string[],
  year: number,
): { value: number; claims: ClaimRow[] } | null {
  const relevant = claims.filter((c) => subjects.includes(c.subject) && c.fiscal_year === year && !c.subunit_id);
  const change = relevant.find((c) => c.kind === "change" && c.unit === "万元");
  if (change) {
    const level = relevant.find((c) => c.kind === "level" && c.unit === "万元");
    const base = level?.amount ?? current;
    return { value: Math.round((base - change.amount) * 1e6) / 1e6, claims: level ? [level, change] : [change] };
  }
  const pct = relevant.find((c) => c.kind === "pct_change");
  if (pct && pct.amount !== -100)
    return { value: Math.round((current / (1 + pct.amount / 100)) * 100) / 100, claims: [pct] };
  return null;
}

/** All metric rows: table and derived figures per document, prior-year figures from narratives, and yoy changes. */
export function computeMetrics(data: Dataset, facts: Map<string, DocFacts> = factsByDocument(data)): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const f of facts.values()) {
    const doc = f.document;
    const base = {
      unit_id: doc.unit_id,
      fiscal_year: doc.fiscal_year,
      stage: doc.stage,
      scope: doc.scope,
      document_id: doc.document_id,
    };
    for (const def of METRICS) {
      const result = def.compute(f);
      rows.push({ ...base, metric: def.id, unit: def.unit, result });
    }
  }
  // Prior years: a report of the same unit and stage for year − 1 wins; else what the narrative implies.
  const key = (u: string, y: number, s: string, metric: string) => `${u}|${y}|${s}|${metric}`;
  const index = new Map(rows.map((r) => [key(r.unit_id, r.fiscal_year, r.stage, r.metric), r]));
  const derived: MetricRow[] = [];
  for (const r of rows) {
    const def = METRICS.find((x) => x.id === r.metric);
    if (r.result.state !== "value" || !def) continue;
    let prior = index.get(key(r.unit_id, r.fiscal_year - 1, r.stage, r.metric));
    if (!prior && def.claimSubjects) {
      const f = facts.get(r.document_id);
      const implied = f ? priorFromNarrative(r.result.value, f.claims, def.claimSubjects, r.fiscal_year) : null;
      if (implied && f) {
        const sources: Source[] = implied.claims.map((c) => ({
          document_id: c.document_id,
          table_id: null,
          table_no: null,
          table_title: null,
          line: c.line,
        }));
        prior = {
          ...r,
          fiscal_year: r.fiscal_year - 1,
          result: { state: "value", value: implied.value, basis: "narrative", sources },
          claims: implied.claims,
        };
        derived.push(prior);
        index.set(key(r.unit_id, r.fiscal_year - 1, r.stage, r.metric), prior);
      }
    }
    if (prior && prior.result.state === "value" && prior.result.value !== 0 && def.unit === "万元") {
      const sources = [...r.result.sources, ...prior.result.sources];
      derived.push({
        ...r,
        metric: `${r.metric}_yoy`,
        unit: "ratio",
        result: { state: "value", value: r.result.value / prior.result.value - 1, basis: "derived", sources },
      });
    }
  }
  return [...rows, ...derived].sort(
    (a, b) =>
      a.unit_id.localeCompare(b.unit_id) ||
      a.fiscal_year - b.fiscal_year ||
      a.stage.localeCompare(b.stage) ||
      a.metric.localeCompare(b.metric),
  );
}

export const METRICS_CSV_HEADER = [
  "unit_id",
  "unit_name",
  "fiscal_year",
  "stage",
  "scope",
  "metric",
  "value",
  "unit",
  "basis",
  "document_id",
] as const;

/** Amounts keep the cent of 万元 (more where printed); ratios keep 8 significant digits. */
export function formatMetricValue(value: number, unit: "万元" | "ratio"): string {
  if (unit === "ratio") return Number(value.toPrecision(8)).toString();
  const fixed = value.toFixed(4).replace(/0{1,2}$/, "");
  return fixed;
}

/** Rows of dist/data/metrics.csv: only figures we have (not-disclosed and blank metrics are absent). */
export function metricsCsvRows(rows: MetricRow[], units: Unit[]): string[][] {
  const names = new Map<string, string>(units.map((u) => [u.unit_id, u.name_zh]));
  return rows.flatMap((r) =>
    r.result.state === "value"
      ? [
          [
            r.unit_id,
            names.get(r.unit_id) ?? "",
            String(r.fiscal_year),
            r.stage,
            r.scope,
            r.metric,
            formatMetricValue(r.result.value, r.unit),
            r.unit,
            r.result.basis,
            r.document_id,
          ],
        ]
      : [],
  );
}
