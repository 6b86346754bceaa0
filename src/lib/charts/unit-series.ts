import type { MetricRow } from "../model/metrics/index.ts";
import type { SeriesInput } from "./series.ts";

interface Doc {
  document_id: string;
  fiscal_year: number;
  stage: "budget" | "final";
}

/**
 * A body's figures of one metric year by year, per stage: each year's own report's figure where it is a value;
 * else, where a later report of the same stage states the prior year in its text (basis `narrative`), that figure,
 * marked. `rowsOf` gives a report's metric rows (its own year's and the prior years' it implies). The rows used
 * are returned too: the chart's source line and CSV name their reports. Series with fewer than 2 figures are left
 * out (a line needs two years); an empty result means no chart.
 */
export function unitSeries(
  docs: readonly Doc[],
  metric: string,
  rowsOf: (documentId: string) => readonly MetricRow[],
  label: (row: MetricRow) => string,
): { series: SeriesInput[]; rows: MetricRow[] } {
  const series: SeriesInput[] = [];
  const used: MetricRow[] = [];
  for (const stage of ["budget", "final"] as const) {
    const mine = docs.filter((d) => d.stage === stage);
    const byYear = new Map<number, MetricRow>();
    // Table figures first (each report's own year), then text figures for years no report's table gives.
    for (const d of mine)
      for (const r of rowsOf(d.document_id))
        if (r.metric === metric && r.fiscal_year === d.fiscal_year && r.result.state === "value")
          byYear.set(r.fiscal_year, r);
    for (const d of [...mine].sort((a, b) => a.fiscal_year - b.fiscal_year))
      for (const r of rowsOf(d.document_id))
        if (
          r.metric === metric &&
          r.fiscal_year < d.fiscal_year &&
          r.stage === stage &&
          r.result.state === "value" &&
          r.result.basis === "narrative" &&
          !byYear.has(r.fiscal_year)
        )
          byYear.set(r.fiscal_year, r);
    if (byYear.size < 2) continue;
    const rows = [...byYear.values()].sort((a, b) => a.fiscal_year - b.fiscal_year);
    used.push(...rows);
    series.push({
      stage,
      points: rows.map((r) => ({
        year: r.fiscal_year,
        value: r.result.state === "value" ? r.result.value : null,
        narrative: r.result.state === "value" && r.result.basis === "narrative",
        label: label(r),
      })),
    });
  }
  return { series, rows: used };
}
