import { tk, type Lang } from "../../../i18n/index.ts";
import { withUnit } from "../labels.ts";
import { BODY_SHARE } from "./bodies.ts";
import { PASS_THROUGH_METRICS } from "./pass-through.ts";
import { PERSONNEL_METRICS } from "./personnel.ts";
import { FAMILIES, type FamilyDef, type MetricDef, type MetricSpec, type PagedFamily } from "./taxonomy.ts";
import { THREE_PUBLIC_METRICS } from "./three-public.ts";
import { TOTALS_METRICS } from "./totals.ts";

/**
 * The metric registry: every metric and where the site shows it, the one source the views iterate over.
 *
 * - methodology, compare tables, search index, metrics.csv: every metric, in registry order (below);
 * - unit and report pages: every metric, in its family's key-figure section (sections in family order, metrics in
 *   registry order);
 * - a family's metrics page (charts, full table): its metrics with a `chart` position, in that order;
 * - home page: the `headline` metrics, in key-figure order;
 * - over-time tables: the amounts (万元), in registry order.
 */
export const METRICS: readonly MetricDef[] = [
  ...TOTALS_METRICS,
  ...PERSONNEL_METRICS,
  ...PASS_THROUGH_METRICS,
  ...THREE_PUBLIC_METRICS,
].map(define);

function define(spec: MetricSpec): MetricDef {
  const { formula, chart, headline, ...rest } = spec;
  return {
    ...rest,
    label: `metric.${spec.id}`,
    formula: formula ?? { key: `formula.${spec.id}` },
    section: familyOf(spec.family).section,
    chart: chart ?? null,
    headline: headline ?? false,
    overTime: spec.unit === "万元",
  };
}

function familyOf(id: string): FamilyDef {
  const family = FAMILIES.find((f) => f.id === id);
  if (!family) throw new Error(`unknown metric family ${id}`);
  return family;
}

const byId = new Map(METRICS.map((m) => [m.id, m]));

/** The registered metric with this id (throws on an unknown id: a typo must fail the build). */
export function metricDef(id: string): MetricDef {
  const def = byId.get(id);
  if (!def) throw new Error(`unknown metric ${id}`);
  return def;
}

/** Families with a metrics page of their own, in display order. */
export const FAMILY_PAGES = FAMILIES.filter((f): f is Extract<FamilyDef, { slug: string }> => "slug" in f);

/** Path segment of each family's metrics page (`metrics/<slug>/`). */
export const FAMILY_SLUG = Object.fromEntries(FAMILY_PAGES.map((f) => [f.id, f.slug])) as Record<PagedFamily, string>;

/** The metrics a family page charts, in chart order. */
export const chartedMetrics = (family: string): MetricDef[] =>
  METRICS.filter((m) => m.family === family && m.chart !== null).sort((a, b) => (a.chart ?? 0) - (b.chart ?? 0));

/** Ids of the metrics each family page charts, in chart order. */
export const FAMILY_METRICS = Object.fromEntries(
  FAMILY_PAGES.map((f) => [f.id, chartedMetrics(f.id).map((m) => m.id)]),
) as Record<PagedFamily, string[]>;

/** The key-figure tables of unit and report pages: [section translation key, metric ids], in family order. */
export const KEY_FIGURE_SECTIONS: [string, string[]][] = [...new Set(FAMILIES.map((f) => f.section))].map((section) => [
  section,
  METRICS.filter((m) => m.section === section).map((m) => m.id),
]);

/** The home page's headline figures, in key-figure order. */
export const HEADLINE_METRICS: string[] = KEY_FIGURE_SECTIONS.flatMap(([, ids]) => ids).filter(
  (id) => metricDef(id).headline,
);

/** The metrics the over-time tables show, in registry order. */
export const OVER_TIME_METRICS: MetricDef[] = METRICS.filter((m) => m.overTime);

/** A registered metric's label. */
export const metricLabel = (lang: Lang, id: string) => tk(lang, metricDef(id).label);

/** A registered metric's label as a table heading: with its unit for amounts ("支出合计（万元）"). */
export const metricHeading = (lang: Lang, id: string) => withUnit(lang, metricLabel(lang, id), metricDef(id).unit);

/**
 * The label of a metric row's id: a registered metric, its year-on-year change (`<id>_yoy`), or a consolidated
 * report's body share (not a registered metric: it exists only per body).
 */
export const metricRowLabel = (lang: Lang, id: string) =>
  id === BODY_SHARE
    ? tk(lang, "bodies.share")
    : id.endsWith("_yoy")
      ? tk(lang, "metric.yoy", { label: metricLabel(lang, id.slice(0, -4)) })
      : metricLabel(lang, id);

/** A metric's formula text: its own translation, or "numerator ÷ denominator" written from the two labels. */
export function formulaText(lang: Lang, def: MetricDef): string {
  if ("key" in def.formula) return tk(lang, def.formula.key);
  const [a, b] = def.formula.ratio;
  return tk(lang, "formula.ratio", { a: metricLabel(lang, a), b: metricLabel(lang, b) });
}
