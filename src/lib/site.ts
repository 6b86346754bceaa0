import { buildCharts, type ChartSpec } from "./charts/registry.ts";
import { loadData } from "./load.ts";
import { factsByDocument, type DocFacts } from "./metrics/facts.ts";
import { computeMetrics, type MetricRow } from "./metrics/index.ts";
import type { Dataset, DocumentRow, FindingRow, Unit } from "./model.ts";
import type { CheckResult } from "./validate/types.ts";

/** Lookups every page needs, built once: pages must never scan whole tables per row (national scale). */
export interface SiteIndex {
  unit: Map<string, Unit>;
  document: Map<string, DocumentRow>;
  /** `${document_id}|${metric}|${fiscal_year}` → row. */
  metric: Map<string, MetricRow>;
  metricsByDocument: Map<string, MetricRow[]>;
  chart: Map<string, ChartSpec>;
  facts: Map<string, DocFacts>;
  findings: Map<string, FindingRow[]>;
  documentsByUnit: Map<string, DocumentRow[]>;
  children: Map<string, Unit[]>;
  checks: Map<string, CheckResult[]>;
}

export interface Site {
  data: Dataset;
  checks: CheckResult[];
  metrics: MetricRow[];
  charts: ChartSpec[];
  index: SiteIndex;
}

let site: Site | null = null;

const groupBy = <T>(rows: T[], key: (r: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(r);
    else map.set(key(r), [r]);
  }
  return map;
};

export const metricKey = (documentId: string, metric: string, year: number) => `${documentId}|${metric}|${year}`;

/** Data, identities, metrics, charts and their indexes, computed once per build and shared by every page. */
export function getSite(): Site {
  if (site) return site;
  const { data, checks } = loadData();
  const metrics = computeMetrics(data);
  const charts = buildCharts(data, metrics);
  site = {
    data,
    checks,
    metrics,
    charts,
    index: {
      unit: new Map(data.units.map((u) => [u.unit_id as string, u])),
      document: new Map(data.documents.map((d) => [d.document_id as string, d])),
      metric: new Map(metrics.map((m) => [metricKey(m.document_id, m.metric, m.fiscal_year), m])),
      metricsByDocument: groupBy(metrics, (m) => m.document_id),
      chart: new Map(charts.map((c) => [c.id, c])),
      facts: factsByDocument(data),
      findings: groupBy(data.findings, (f) => f.document_id),
      documentsByUnit: groupBy(data.documents, (d) => d.unit_id),
      children: groupBy(
        data.units.filter((u) => u.parent_id),
        (u) => u.parent_id ?? "",
      ),
      checks: groupBy(checks, (c) => c.document_id),
    },
  };
  return site;
}
