import type { TableRow } from "../../data/model.ts";
import { sourceOf, type DocFacts, type Source, type SourceRow } from "../../data/facts.ts";

/**
 * Why a figure is not disclosed or not applicable: the translation key `reason.<code>` says it on pages (so a
 * Chinese page never shows an English note).
 */
export type Reason =
  | "no_functional_table"
  | "no_total_row"
  | "no_three_public_table"
  | "no_three_public_cell"
  | "no_economic_table"
  | "no_economic_total"
  | "denominator_blank_or_zero"
  | "budget_no_execution"
  | "no_body_rows";

/**
 * A metric for one document, in one of five states (metrics.csv `status`, every page and chart CSV):
 * - `value`: a printed or computed figure (a printed 0 is 0);
 * - `blank`: the report prints the table but leaves the cell empty;
 * - `stated_zero`: the table is printed empty and the report's text states the figure as 0 (sources: both);
 * - `not_disclosed`: the report does not let us compute it (the table is absent);
 * - `not_applicable`: the metric has no meaning for this report (a budget has no execution rate).
 */
export type MetricValue =
  | {
      state: "value";
      value: number;
      basis: "table" | "narrative" | "derived";
      sources: Source[];
      note?: string;
      /** A body's figure worked out from the rows of a consolidated report (its document id), not its own report. */
      fromConsolidated?: string;
    }
  | { state: "blank"; sources: Source[]; note?: string }
  | { state: "stated_zero"; sources: Source[] }
  | { state: "not_disclosed"; note?: Reason }
  | { state: "not_applicable"; note: Reason };

export type MetricState = MetricValue["state"];

/** The five states in the order they are documented. */
export const METRIC_STATES: readonly MetricState[] = [
  "value",
  "blank",
  "stated_zero",
  "not_disclosed",
  "not_applicable",
];

export const notDisclosed = (note?: Reason): MetricValue =>
  note ? { state: "not_disclosed", note } : { state: "not_disclosed" };

export const notApplicable = (note: Reason): MetricValue => ({ state: "not_applicable", note });

/** The figure a state stands for in arithmetic: a value, or 0 for a zero stated in the text; else null. */
export const numericValue = (r: MetricValue): number | null =>
  r.state === "value" ? r.value : r.state === "stated_zero" ? 0 : null;

/** A stated zero takes part in sums and ratios as 0 read from the narrative. */
const asValue = (p: MetricValue): MetricValue =>
  p.state === "stated_zero" ? { state: "value", value: 0, basis: "narrative", sources: p.sources } : p;

const noFigure = (p: MetricValue): p is Extract<MetricValue, { state: "not_disclosed" | "not_applicable" }> =>
  p.state === "not_disclosed" || p.state === "not_applicable";

/** Sum of figures; blank parts count as nothing unless every part is blank. Round to 1e-6 to drop float dust. */
export function sumValues(input: MetricValue[], basis: "table" | "derived" = "derived"): MetricValue {
  if (input.length === 0) return notDisclosed();
  const stop = input.find(noFigure);
  if (stop) return stop.state === "not_applicable" ? stop : notDisclosed();
  if (input.every((p) => p.state === "stated_zero"))
    return { state: "stated_zero", sources: input.flatMap((p) => (noFigure(p) ? [] : p.sources)) };
  const parts = input.map(asValue);
  const sources = parts.flatMap((p) => (noFigure(p) ? [] : p.sources));
  const values = parts.filter((p) => p.state === "value");
  if (values.length === 0) return { state: "blank", sources };
  const value = Math.round(values.reduce((a, p) => a + p.value, 0) * 1e6) / 1e6;
  return {
    state: "value",
    value,
    basis: values.length === 1 && parts.length === 1 ? (values[0]?.basis ?? basis) : basis,
    sources,
  };
}

/** a ÷ b. Not computable (zero or missing denominator) is not disclosed; a blank numerator stays blank. */
export function ratio(numerator: MetricValue, denominator: MetricValue): MetricValue {
  const a = asValue(numerator);
  const b = asValue(denominator);
  if (a.state === "not_applicable") return a;
  if (b.state === "not_applicable") return b;
  if (a.state === "not_disclosed" || b.state === "not_disclosed") return notDisclosed();
  if (b.state === "blank" || b.state === "stated_zero" || b.value === 0)
    return notDisclosed("denominator_blank_or_zero");
  if (a.state === "stated_zero")
    return { state: "value", value: 0, basis: "derived", sources: [...a.sources, ...b.sources] };
  if (a.state === "blank") return { state: "blank", sources: [...a.sources, ...b.sources] };
  return { state: "value", value: a.value / b.value, basis: "derived", sources: [...a.sources, ...b.sources] };
}

export function difference(minuend: MetricValue, subtrahend: MetricValue): MetricValue {
  const a = asValue(minuend);
  const b = asValue(subtrahend);
  if (a.state !== "value") return a;
  if (noFigure(b)) return b.state === "not_applicable" ? b : notDisclosed();
  const minus = b.state === "value" ? b.value : 0;
  return {
    state: "value",
    value: Math.round((a.value - minus) * 1e6) / 1e6,
    basis: "derived",
    sources: [...a.sources, ...b.sources],
  };
}

/** One printed cell of a document's table: its figure, or blank when the cell is empty. */
export function cell(
  f: DocFacts,
  v: number | null,
  line: number,
  table: TableRow | null,
  row: SourceRow | null = null,
  column: string | null = null,
): MetricValue {
  const src = [sourceOf(f, table, line, row, column)];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}
