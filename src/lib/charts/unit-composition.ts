import type { MetricRow } from "../model/metrics/index.ts";
import type { CompositionBarInput } from "./composition.ts";

interface Doc {
  document_id: string;
  fiscal_year: number;
  stage: "budget" | "final";
  scope: "own" | "consolidated";
}

/** The two compositions a body's page draws: each a total and the parts it is split into, in legend order. */
export const COMPOSITIONS = [
  {
    id: "spending",
    total: "total_expenditure",
    parts: ["personnel_expense_reported", "public_expense_reported", "project_expenditure"],
  },
  { id: "pass-through", total: "total_expenditure", parts: ["pass_through_total", "own_operations_total"] },
] as const;

export type Composition = (typeof COMPOSITIONS)[number];

/** One report's figures for a composition: the rows of its total and parts (absent: no row at all). */
export interface CompositionFigures {
  document: Doc;
  total: MetricRow | undefined;
  parts: (MetricRow | undefined)[];
}

const valueOf = (r: MetricRow | undefined) => (r && r.result.state === "value" ? r.result.value : null);

/**
 * A body's reports as composition bars, oldest year first and the budget before the final account: each report's
 * own-year figures (a report's rows for earlier years are the prior-year figures its text implies, not its own).
 * A report without its total is left out; so is the whole chart where no report has one. `label` names a report's
 * row; `scoped` is true where the body has an own and a consolidated report of the same year and stage.
 */
export function unitComposition(
  docs: readonly Doc[],
  c: Composition,
  rowsOf: (documentId: string) => readonly MetricRow[],
  label: (d: Doc, scoped: boolean) => string,
): { bars: CompositionBarInput[]; figures: CompositionFigures[] } {
  const sorted = [...docs].sort(
    (a, b) =>
      a.fiscal_year - b.fiscal_year ||
      (a.stage === b.stage ? 0 : a.stage === "budget" ? -1 : 1) ||
      a.scope.localeCompare(b.scope),
  );
  const slot = (d: Doc) => `${d.fiscal_year}|${d.stage}`;
  const count = new Map<string, number>();
  for (const d of sorted) count.set(slot(d), (count.get(slot(d)) ?? 0) + 1);
  const figures: CompositionFigures[] = [];
  const bars: CompositionBarInput[] = [];
  for (const d of sorted) {
    const own = rowsOf(d.document_id).filter((r) => r.fiscal_year === d.fiscal_year && r.stage === d.stage);
    const find = (metric: string) => own.find((r) => r.metric === metric);
    const total = find(c.total);
    if (valueOf(total) === null) continue;
    const parts = c.parts.map(find);
    figures.push({ document: d, total, parts });
    bars.push({
      key: d.document_id,
      label: label(d, (count.get(slot(d)) ?? 0) > 1),
      total: valueOf(total),
      parts: c.parts.map((key, i) => ({ key, value: valueOf(parts[i]) })),
    });
  }
  return { bars, figures };
}
