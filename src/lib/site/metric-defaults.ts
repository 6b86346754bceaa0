import type { ChartSpec } from "../charts/registry.ts";
import type { MetricRow } from "../model/metrics/index.ts";

/**
 * A metric page's slices (year|stage) in the order its controls offer them, and the charts of its default view:
 * latest year first; within a year, the stage with the most reports (the fullest comparison); the family's first
 * metric. The page draws that view from the first paint and its social preview shows its first chart.
 */
export function metricPageView(
  charts: readonly ChartSpec[],
  rows: readonly Pick<MetricRow, "fiscal_year" | "stage" | "document_id">[],
  ids: readonly string[],
): { slices: string[]; defaults: ChartSpec[] } {
  const sliceDocs = new Map<string, Set<string>>();
  for (const m of rows) {
    const key = `${m.fiscal_year}|${m.stage}`;
    sliceDocs.set(key, (sliceDocs.get(key) ?? new Set()).add(m.document_id));
  }
  const sliceSize = (s: string) => sliceDocs.get(s)?.size ?? 0;
  const slices = [...new Set(charts.map((c) => `${c.year}|${c.stage}`))].sort(
    (a, b) => b.slice(0, 4).localeCompare(a.slice(0, 4)) || sliceSize(b) - sliceSize(a),
  );
  const ofSlice = charts.filter((c) => c.metric === ids[0] && `${c.year}|${c.stage}` === slices[0]);
  return { slices, defaults: ofSlice.length ? ofSlice : charts.filter((c) => c.metric === ids[0]) };
}
