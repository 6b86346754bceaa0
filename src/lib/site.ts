import { buildCharts, type ChartSpec } from "./charts/registry.ts";
import { loadData } from "./load.ts";
import { computeMetrics, type MetricRow } from "./metrics/index.ts";
import type { Dataset } from "./model.ts";
import type { CheckResult } from "./validate/types.ts";

export interface Site {
  data: Dataset;
  checks: CheckResult[];
  metrics: MetricRow[];
  charts: ChartSpec[];
}

let site: Site | null = null;

/** Data, identities, metrics and charts, computed once per build and shared by every page. */
export function getSite(): Site {
  if (site) return site;
  const { data, checks } = loadData();
  const metrics = computeMetrics(data);
  site = { data, checks, metrics, charts: buildCharts(data, metrics) };
  return site;
}
