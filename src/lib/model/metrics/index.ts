import type { ClaimRow, Dataset, Unit } from "../../data/model.ts";
import { factsByDocument, type DocFacts, type Source } from "../../data/facts.ts";
import { METRICS } from "./registry.ts";
import type { MetricUnit } from "./taxonomy.ts";
import type { MetricValue } from "./values.ts";

/** One metric of one unit, year and stage. `document_id` is the report that discloses (or implies) it. */
export interface MetricRow {
  unit_id: string;
  fiscal_year: number;
  stage: "budget" | "final";
  scope: "own" | "consolidated";
  metric: string;
  unit: MetricUnit;
  document_id: string;
  result: MetricValue;
  /** For narrative prior-year figures: the claims the figure is derived from. */
  claims?: ClaimRow[];
}

/** Prior-year level implied by a narrative: current level minus the stated change (or ÷ (1 + pct)). */
export function priorFromNarrative(
  current: number,
  claims: ClaimRow[],
  subjects: readonly string[],
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
export function formatMetricValue(value: number, unit: MetricUnit): string {
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
            // A body's figure from a consolidated report's rows says so: the report is not the body's own.
            r.result.fromConsolidated ? "derived_from_consolidated" : r.result.basis,
            r.document_id,
          ],
        ]
      : [],
  );
}
