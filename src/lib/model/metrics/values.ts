import type { TableRow } from "../../data/model.ts";
import { sourceOf, type DocFacts, type Source } from "../../data/facts.ts";

/**
 * A metric for one document. `value` is a printed or computed figure (a printed 0 is 0); `blank` means the
 * report prints the table but leaves the cell empty; `not_disclosed` means the report does not let us compute it.
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
  | { state: "not_disclosed"; note?: string };

export const notDisclosed = (note?: string): MetricValue =>
  note ? { state: "not_disclosed", note } : { state: "not_disclosed" };

/** Sum of figures; blank parts count as nothing unless every part is blank. Round to 1e-6 to drop float dust. */
export function sumValues(parts: MetricValue[], basis: "table" | "derived" = "derived"): MetricValue {
  if (parts.length === 0) return notDisclosed();
  if (parts.some((p) => p.state === "not_disclosed")) return notDisclosed();
  const sources = parts.flatMap((p) => (p.state === "not_disclosed" ? [] : p.sources));
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
export function ratio(a: MetricValue, b: MetricValue): MetricValue {
  if (a.state === "not_disclosed" || b.state === "not_disclosed") return notDisclosed();
  if (b.state === "blank" || b.value === 0) return notDisclosed("denominator blank or zero");
  if (a.state === "blank") return { state: "blank", sources: [...a.sources, ...b.sources] };
  return { state: "value", value: a.value / b.value, basis: "derived", sources: [...a.sources, ...b.sources] };
}

export function difference(a: MetricValue, b: MetricValue): MetricValue {
  if (a.state !== "value") return a;
  if (b.state === "not_disclosed") return notDisclosed();
  const minus = b.state === "value" ? b.value : 0;
  return {
    state: "value",
    value: Math.round((a.value - minus) * 1e6) / 1e6,
    basis: "derived",
    sources: [...a.sources, ...b.sources],
  };
}

/** One printed cell of a document's table: its figure, or blank when the cell is empty. */
export function cell(f: DocFacts, v: number | null, line: number, table: TableRow | null): MetricValue {
  const src = [sourceOf(f, table, line)];
  return v === null ? { state: "blank", sources: src } : { state: "value", value: v, basis: "table", sources: src };
}
