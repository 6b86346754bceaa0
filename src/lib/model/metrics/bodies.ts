import type { FunctionalAmount, FunctionalRow } from "../../data/model.ts";
import type { DocFacts } from "../../data/facts.ts";
import type { MetricRow } from "./index.ts";
import { cell, notDisclosed, ratio, sumValues, type MetricValue } from "./values.ts";

/** The per-body metrics a consolidated report allows: amounts of its headline functional table, body by body. */
export const BODY_METRICS: { id: string; column: FunctionalAmount }[] = [
  { id: "total_expenditure", column: "total" },
  { id: "basic_expenditure", column: "basic" },
  { id: "project_expenditure", column: "project" },
];

/** A body's share of the bodies' total spending in its consolidated report. */
export const BODY_SHARE = "body_share_of_total";
/** The columns of a per-body table: the amounts, then the share. */
export const BODY_COLUMNS = [...BODY_METRICS.map((m) => m.id), BODY_SHARE];
/** The metric whose rows a per-body table cites (the body's total spending, its every row). */
export const BODY_SOURCE_METRIC = BODY_METRICS[0]?.id ?? "";

/** A body's top-level rows in the table: its 类 rows, else its 款 rows, else its 项 rows (as the table prints them). */
function topLevel(rows: FunctionalRow[]): FunctionalRow[] {
  for (const kind of ["class", "section", "item"] as const) {
    const level = rows.filter((r) => r.row_kind === kind);
    if (level.length) return level;
  }
  return [];
}

/**
 * One body's figure in a consolidated report: the sum of the body's top-level rows of the headline functional table
 * (001 公开05表 prints the bureau's rows, then the centre's, under one 合计), marked as derived from the report.
 * Not disclosed where the table prints no row of the body (002: the bodies are not printed apart).
 */
export function bodyFigure(f: DocFacts, body: string, column: FunctionalAmount): MetricValue {
  const rows = topLevel(f.functional.filter((r) => r.subunit_id === body));
  if (!rows.length) return notDisclosed("no_body_rows");
  const sum = sumValues(rows.map((r) => cell(f, r[column], r.line, f.functionalTable)));
  return sum.state === "value" ? { ...sum, basis: "derived", fromConsolidated: f.document.document_id } : sum;
}

/** Every body's metrics of every consolidated report, with each body's share of the bodies' total spending. */
export function computeBodyMetrics(facts: Iterable<DocFacts>): MetricRow[] {
  const rows: MetricRow[] = [];
  for (const f of facts) {
    const doc = f.document;
    if (doc.scope !== "consolidated") continue;
    const bodies = doc.scope_units.split(";");
    const totals = bodies.map((b) => bodyFigure(f, b, "total"));
    if (totals.every((v) => v.state === "not_disclosed")) continue;
    const all = sumValues(totals);
    bodies.forEach((body, i) => {
      const base = {
        unit_id: body,
        fiscal_year: doc.fiscal_year,
        stage: doc.stage,
        scope: doc.scope,
        document_id: doc.document_id,
      };
      for (const m of BODY_METRICS)
        rows.push({ ...base, metric: m.id, unit: "万元", result: bodyFigure(f, body, m.column) });
      const share = ratio(totals[i] ?? notDisclosed(), all);
      rows.push({
        ...base,
        metric: BODY_SHARE,
        unit: "ratio",
        result: share.state === "value" ? { ...share, fromConsolidated: doc.document_id } : share,
      });
    });
  }
  return rows;
}
