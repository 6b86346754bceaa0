import type { ChartSpec, ChartView } from "./registry.ts";

/**
 * Where a chart's embed is served. A report's own charts are embedded from the report page itself: its URL with
 * `#embed-<chart id>` shows that chart alone, as an embed page would (site.css, `.embed-mark:target`), so the
 * national site writes no page per report chart (60,000 reports × 2 languages; issue 16). Every other chart (the
 * ranked metric charts, a few hundred at any scale) keeps its own bare page at `embed/<id>/`.
 */
export const embedsInPage = (spec: Pick<ChartSpec, "family">): boolean => spec.family === "unit";

/** The id of the marker a report chart's embed URL targets. */
export const embedMark = (chartId: string) => `embed-${chartId}`;

/** The language-neutral path of a chart's embed: `reports/<doc>/#embed-<id>` or `embed/<id>/`. */
export const embedPath = (chart: Pick<ChartView, "id" | "page">): string =>
  isReportChart(chart) ? `${chart.page}#${embedMark(chart.id)}` : `embed/${chart.id}/`;

/**
 * Where a chart's CSV is served: a report's charts in their unit's `units/<unit>/charts.csv` (one file per unit, a
 * `chart` column naming each; lib/render/downloads.ts), every other chart's beside its embed page.
 */
export const chartCsvPath = (chart: Pick<ChartView, "id" | "page" | "unitId">): string =>
  isReportChart(chart) && chart.unitId ? `units/${chart.unitId}/charts.csv` : `embed/${chart.id}/data.csv`;

/** A chart drawn on a report page (its `page` is the report's). */
export const isReportChart = (chart: Pick<ChartView, "page">): boolean => chart.page.startsWith("reports/");
