import { buildCharts, type ChartSpec } from "./charts/registry.ts";
import { loadData } from "./load.ts";
import { buildSearchIndex } from "./search-index.ts";
import type { SearchEntry } from "./search.ts";
import type { CheckCounts } from "./validate/index.ts";
import { factsByDocument, type DocFacts } from "./metrics/facts.ts";
import { computeMetrics, type MetricRow } from "./metrics/index.ts";
import type { Dataset, DocumentRow, FindingRow, Unit } from "./model.ts";
import type { CheckResult } from "./validate/types.ts";

/** Lookups every page needs, built once: pages must never scan whole tables per row (national scale). */
export interface SiteIndex {
  unit: Map<string, Unit>;
  document: Map<string, DocumentRow>;
  /** A document's metric for a year (its own, or a prior year from its narrative). */
  metricOf: (documentId: string, metric: string, year: number) => MetricRow | undefined;
  metricsByDocument: Map<string, MetricRow[]>;
  chart: Map<string, ChartSpec>;
  facts: Map<string, DocFacts>;
  findings: Map<string, FindingRow[]>;
  documentsByUnit: Map<string, DocumentRow[]>;
  children: Map<string, Unit[]>;
  /** Checks per document by status. */
  checkCounts: Map<string, CheckCounts>;
  /** Provinces by code (division code's first two digits + "0000"), in code order: national tables are split by them. */
  provinces: Map<string, Province>;
}

export interface Province {
  code: string;
  zh: string;
  en: string;
  units: Unit[];
  documents: DocumentRow[];
}

/** The province a unit belongs to: its division code's first two digits followed by "0000". */
export const provinceCode = (u: Unit): string => `${u.division_code.slice(0, 2)}0000`;

function provincesOf(units: Unit[], documents: DocumentRow[]): Map<string, Province> {
  const out = new Map<string, Province>();
  const unitProvince = new Map<string, Province>();
  for (const u of [...units].sort((a, b) => a.unit_id.localeCompare(b.unit_id))) {
    const code = provinceCode(u);
    let p = out.get(code);
    if (!p) out.set(code, (p = { code, zh: u.province_zh, en: u.province_en, units: [], documents: [] }));
    p.units.push(u);
    unitProvince.set(u.unit_id, p);
  }
  for (const d of documents) unitProvince.get(d.unit_id)?.documents.push(d);
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

export interface Site {
  /**
   * Units, documents, tables and findings. The row tables (functional, economic, 三公, summary, projects, claims) are
   * emptied once facts, metrics, charts and the search index are computed: at national scale they are gigabytes, and
   * every page reads them through `index.facts` (the headline tables' rows each metric uses).
   */
  data: Dataset;
  /** Checks that do not pass (all documents). */
  problems: CheckResult[];
  /** Every check of one document, in evaluation order, findings linked. */
  checksOf: (documentId: string) => CheckResult[];
  /** The checks of one document that do not pass, findings linked. */
  problemsOf: (documentId: string) => CheckResult[];
  metrics: MetricRow[];
  charts: ChartSpec[];
  /** Functional classification codes printed in any document, with the first name printed for each. */
  codes: Map<string, string>;
  searchEntries: SearchEntry[];
  index: SiteIndex;
}

let site: Site | null = null;

/** How the pages hand the computed site back to scripts/build.ts (same process), which writes the bulk downloads. */
export const SITE_HANDOFF = Symbol.for("yibao-budgets.site");

const groupBy = <T>(rows: T[], key: (r: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(r);
    else map.set(key(r), [r]);
  }
  return map;
};

/** Data, identities, metrics, charts and their indexes, computed once per build and shared by every page. */
export function getSite(): Site {
  if (site) return site;
  const loaded = loadData();
  const { data, store } = loaded;
  const facts = factsByDocument(data);
  const metrics = computeMetrics(data, facts);
  const charts = buildCharts(data, metrics, facts);
  const codes = new Map<string, string>();
  for (const r of data.functional) if (r.code && r.name && !codes.has(r.code)) codes.set(r.code, r.name);
  const searchEntries = buildSearchIndex(data);
  const problems = store ? loaded.checks : loaded.checks.filter((c) => c.status !== "pass");
  const allChecks = store ? null : groupBy(loaded.checks, (c) => c.document_id);
  const problemsByKey = new Map(problems.map((c) => [c.key, c]));
  const problemsByDocument = groupBy(problems, (c) => c.document_id);
  const checksOf = (documentId: string): CheckResult[] =>
    store ? store.read(documentId).map((c) => problemsByKey.get(c.key) ?? c) : (allChecks?.get(documentId) ?? []);
  // Pages read only the projects and the functional rows (the report's chart) of the facts: the economic, 三公 and
  // narrative rows the metrics were computed from are released with the row tables (see Site.data). At national
  // scale the live heap during page generation is what garbage collection pays for on every page.
  for (const f of facts.values()) {
    f.economic = [];
    f.threePublic = [];
    f.claims = [];
  }
  // Release the row tables (see Site.data): facts keep the rows metrics read.
  for (const name of ["functional", "economic", "three_public", "summary", "projects", "claims"] as const)
    (data as unknown as Record<string, unknown[]>)[name] = [];
  const metricsByDocument = groupBy(metrics, (m) => m.document_id);
  site = {
    data,
    problems,
    checksOf,
    problemsOf: (documentId) => problemsByDocument.get(documentId) ?? [],
    metrics,
    charts,
    codes,
    searchEntries,
    index: {
      unit: new Map(data.units.map((u) => [u.unit_id as string, u])),
      document: new Map(data.documents.map((d) => [d.document_id as string, d])),
      // A scan of one document's ~30 rows: a map keyed by document, metric and year cost ~200 MB at national scale.
      metricOf: (documentId, metric, year) =>
        metricsByDocument.get(documentId)?.find((m) => m.metric === metric && m.fiscal_year === year),
      metricsByDocument,
      chart: new Map(charts.map((c) => [c.id, c])),
      facts,
      findings: groupBy(data.findings, (f) => f.document_id),
      documentsByUnit: groupBy(data.documents, (d) => d.unit_id),
      children: groupBy(
        data.units.filter((u) => u.parent_id),
        (u) => u.parent_id ?? "",
      ),
      checkCounts: loaded.counts,
      provinces: provincesOf(data.units, data.documents),
    },
  };
  (globalThis as typeof globalThis & { [SITE_HANDOFF]?: Site })[SITE_HANDOFF] = site;
  return site;
}
