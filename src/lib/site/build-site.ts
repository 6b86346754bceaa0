import { buildCharts, type ChartSpec } from "../charts/registry.ts";
import { factsByDocument, type DocFacts } from "../data/facts.ts";
import type { Dataset, DocumentRow, FindingRow, Unit } from "../data/model.ts";
import type { CheckResult } from "../data/types.ts";
import type { CheckCounts } from "../data/validate.ts";
import { computeBodyMetrics } from "../model/metrics/bodies.ts";
import { computeMetrics, type MetricRow } from "../model/metrics/index.ts";
import { performanceLines, type PerformanceLine } from "../model/performance.ts";
import { indicatorSheets, type IndicatorSheet } from "../model/performance-indicators.ts";
import { buildSearchIndex, spellPinyin } from "../model/search-index.ts";
import { buildPlaces, type Places } from "../model/search-places.ts";
import type { SearchEntry } from "../model/search.ts";
import { groupBy } from "../data/group.ts";
import { provincesOf, type Province } from "./provinces.ts";

/**
 * What validation hands on: the typed rows, the checks that do not pass (findings linked), counts per document,
 * and a reader for every check of one document. Reading is passed in as a function because the build keeps the
 * checks on disk (10 million at national scale) while tests keep them in memory.
 */
export interface Validated {
  data: Dataset;
  problems: CheckResult[];
  counts: Map<string, CheckCounts>;
  readChecks: (documentId: string) => CheckResult[];
  /** The build publishes each report's text (`--sources`): citations then link to its lines. */
  sourceViewer?: boolean;
}

/**
 * The tables pages read. The row tables (functional, economic, 三公, summary, projects, claims) are not part of the
 * site: at national scale they are gigabytes, and pages read the rows they show through `index.facts`.
 */
export type SiteData = Pick<Dataset, "units" | "documents" | "tables" | "findings" | "classifications" | "glossary"> & {
  sourceViewer: boolean;
};

/** What a report page shows of its document's facts: the functional chart's rows, the project list, the 三公 rows. */
export type PageFacts = Pick<
  DocFacts,
  "document" | "functionalTable" | "functional" | "projectsTable" | "projects" | "threePublicTable" | "threePublic"
>;

/** Lookups every page needs, built once: pages must never scan whole tables per row (national scale). */
export interface SiteIndex {
  unit: Map<string, Unit>;
  document: Map<string, DocumentRow>;
  /** A document's metric for a year (its own, or a prior year from its narrative). */
  metricOf: (documentId: string, metric: string, year: number) => MetricRow | undefined;
  metricsByDocument: Map<string, MetricRow[]>;
  chart: Map<string, ChartSpec>;
  facts: Map<string, PageFacts>;
  findings: Map<string, FindingRow[]>;
  /** A document's performance-table figures (绩效目标表 / 绩效自评表), one entry per printed line. */
  performance: Map<string, PerformanceLine[]>;
  /** A document's performance indicator rows (一级/二级/三级指标), by sheet. */
  indicators: Map<string, IndicatorSheet[]>;
  documentsByUnit: Map<string, DocumentRow[]>;
  /** A consolidated report's per-body metrics (marked `fromConsolidated`), by document and by body. */
  bodyMetricsByDocument: Map<string, MetricRow[]>;
  bodyMetricsByUnit: Map<string, MetricRow[]>;
  /** The consolidated reports of other units that cover a unit (a service centre with no report of its own). */
  coveredBy: Map<string, DocumentRow[]>;
  children: Map<string, Unit[]>;
  /** Checks per document by status. */
  checkCounts: Map<string, CheckCounts>;
  /** Provinces by code, in code order: national tables are split by them. */
  provinces: Map<string, Province>;
}

/** The whole site: every figure, chart and index the pages and the downloads read. */
export interface SiteModel {
  data: SiteData;
  /** Checks that do not pass (all documents). */
  problems: CheckResult[];
  /** Every check of one document, in evaluation order, findings linked. */
  checksOf: (documentId: string) => CheckResult[];
  /** The checks of one document that do not pass, findings linked. */
  problemsOf: (documentId: string) => CheckResult[];
  metrics: MetricRow[];
  /** Each body's figures in a consolidated report (metrics.csv basis derived_from_consolidated). */
  bodyMetrics: MetricRow[];
  charts: ChartSpec[];
  /** Functional classification codes printed in any document, with the first name printed for each. */
  codes: Map<string, string>;
  searchEntries: SearchEntry[];
  /** Which province each place name is in: routes a query to its unit shard (search-index/places.json). */
  searchPlaces: Places;
  index: SiteIndex;
  /**
   * Where each download of data/ is served, by its plain name (metrics.csv → metrics.csv.gz when it is larger than
   * GZIP_ABOVE): scripts/build.ts sets it from the written files' sizes before the pages render (servedDownload).
   * Absent: every download is plain.
   */
  downloads?: ReadonlyMap<string, string>;
  /**
   * Whether the build draws social previews (it does where a CJK font is found; scripts/build.ts decides before the
   * pages render, so a page without one names no og:image). Absent: none.
   */
  previews?: boolean;
  /** Whether the build draws the site's own preview (lib/render/standalone-files.ts sitePreviews): pages without a chart of their own show it. */
  sitePreview?: boolean;
}

/** The path under data/ a download is served at (`metrics.csv` or `metrics.csv.gz`): what a page links to. */
export const servedDownload = (site: Pick<SiteModel, "downloads">, name: string): string =>
  site.downloads?.get(name) ?? name;

const pageFacts = (f: DocFacts): PageFacts => ({
  document: f.document,
  functionalTable: f.functionalTable,
  functional: f.functional,
  projectsTable: f.projectsTable,
  projects: f.projects,
  threePublicTable: f.threePublicTable,
  threePublic: f.threePublic,
});

/** Facts, metrics, charts, indexes and the search index, from validated data. Reads its input, never changes it. */
export function buildSite(validated: Validated): SiteModel {
  const { data, problems, counts, readChecks } = validated;
  const facts = factsByDocument(data);
  const metrics = computeMetrics(data, facts);
  // Pages keep only what they show of the facts; the rows metrics were computed from are left with `validated`.
  const shown = new Map([...facts].map(([id, f]) => [id, pageFacts(f)]));
  const site: SiteData = {
    units: data.units,
    documents: data.documents,
    tables: data.tables,
    findings: data.findings,
    classifications: data.classifications,
    glossary: data.glossary,
    sourceViewer: validated.sourceViewer ?? false,
  };
  const charts = buildCharts(site, metrics, shown);
  const codes = new Map<string, string>();
  for (const r of data.functional) if (r.code && r.name && !codes.has(r.code)) codes.set(r.code, r.name);
  const problemsByKey = new Map(problems.map((c) => [c.key, c]));
  const problemsByDocument = groupBy(problems, (c) => c.document_id);
  const metricsByDocument = groupBy(metrics, (m) => m.document_id);
  const bodyMetrics = computeBodyMetrics(facts.values());
  const coveredBy = new Map<string, DocumentRow[]>();
  for (const d of data.documents)
    if (d.scope === "consolidated")
      for (const u of d.scope_units.split(";")) if (u !== d.unit_id) coveredBy.set(u, [...(coveredBy.get(u) ?? []), d]);
  return {
    data: site,
    problems,
    checksOf: (documentId) => readChecks(documentId).map((c) => problemsByKey.get(c.key) ?? c),
    problemsOf: (documentId) => problemsByDocument.get(documentId) ?? [],
    metrics,
    bodyMetrics,
    charts,
    codes,
    searchEntries: buildSearchIndex(data, codes),
    searchPlaces: buildPlaces(data.units, (zh) => spellPinyin(zh)),
    index: {
      unit: new Map(data.units.map((u) => [u.unit_id as string, u])),
      document: new Map(data.documents.map((d) => [d.document_id as string, d])),
      // A scan of one document's ~30 rows: a map keyed by document, metric and year cost ~200 MB at national scale.
      metricOf: (documentId, metric, year) =>
        metricsByDocument.get(documentId)?.find((m) => m.metric === metric && m.fiscal_year === year),
      metricsByDocument,
      chart: new Map(charts.map((c) => [c.id, c])),
      facts: shown,
      findings: groupBy(data.findings, (f) => f.document_id),
      performance: new Map(
        [...groupBy(data.performance, (r) => r.document_id)].map(([id, rows]) => [
          id,
          performanceLines(rows, data.tables, problemsByDocument.get(id) ?? []),
        ]),
      ),
      indicators: new Map(
        [...groupBy(data.performance_indicators, (r) => r.document_id)].map(([id, rows]) => [
          id,
          indicatorSheets(rows, data.tables, problemsByDocument.get(id) ?? []),
        ]),
      ),
      documentsByUnit: groupBy(data.documents, (d) => d.unit_id),
      bodyMetricsByDocument: groupBy(bodyMetrics, (m) => m.document_id),
      bodyMetricsByUnit: groupBy(bodyMetrics, (m) => m.unit_id),
      coveredBy,
      children: groupBy(
        data.units.filter((u) => u.parent_id),
        (u) => u.parent_id ?? "",
      ),
      checkCounts: counts,
      provinces: provincesOf(data.units, data.documents),
    },
  };
}
