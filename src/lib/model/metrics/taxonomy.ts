import type { DocFacts } from "../../data/facts.ts";
import type { MetricValue } from "./values.ts";

/**
 * The metric families, in display order (family pages' navigation, the home page's list, the unit and report pages'
 * key-figure sections). `slug` is the path of the family's metrics page (absent: no page of its own); `section` is
 * the translation key of the key-figure table its metrics are listed in on unit and report pages (families may
 * share one).
 */
export const FAMILIES = [
  { id: "totals", label: "family.totals", section: "unit.totals" },
  { id: "personnel", label: "family.personnel", slug: "personnel", section: "unit.personnel_public" },
  { id: "three_public", label: "family.three_public", slug: "three-public", section: "unit.three_public" },
  {
    id: "medical_assistance",
    label: "family.medical_assistance",
    slug: "medical-assistance",
    section: "unit.pass_through",
  },
  { id: "subsidies", label: "family.subsidies", slug: "subsidies", section: "unit.pass_through" },
] as const satisfies readonly { id: string; label: string; slug?: string; section: string }[];

export type FamilyDef = (typeof FAMILIES)[number];
export type Family = FamilyDef["id"];
/** A family with a metrics page of its own. */
export type PagedFamily = Extract<FamilyDef, { slug: string }>["id"];

export type MetricUnit = "万元" | "ratio";

/**
 * A metric as its family module declares it. Its label is the translation `metric.<id>`; its formula is the
 * translation `formula.<id>` unless `formula.ratio` names the two registered metrics it divides (the text is then
 * written from their labels, and a test checks that `compute` is that ratio).
 */
export interface MetricSpec {
  /** Stable id: the metrics.csv `metric` column, anchors and chart ids depend on it. */
  id: string;
  family: Family;
  unit: MetricUnit;
  /** Pure function of one document's facts. */
  compute: (f: DocFacts) => MetricValue;
  /** Narrative subjects that state this metric's level or its change on the prior year. */
  claimSubjects?: readonly string[];
  formula?: { ratio: readonly [numerator: string, denominator: string] };
  /** Position among its family page's charts and full-table columns (1 = first); absent: not charted. */
  chart?: number;
  /** One of the home page's headline figures. */
  headline?: true;
}

/** A registered metric: the spec with its translation keys and the places it is shown made explicit. */
export interface MetricDef {
  id: string;
  family: Family;
  unit: MetricUnit;
  compute: (f: DocFacts) => MetricValue;
  claimSubjects?: readonly string[];
  /** Translation key of the label. */
  label: string;
  /** Translation key of the formula text, or the ratio of two registered metrics (text from their labels). */
  formula: { key: string } | { ratio: readonly [string, string] };
  /** Translation key of the key-figure table it is listed in on unit and report pages. */
  section: string;
  /** Position on its family page (charts, full table), or null. */
  chart: number | null;
  /** In the home page's headline table. */
  headline: boolean;
  /** In the over-time tables: amounts only (a ratio's change is not a level; ratios have no `_yoy` row either). */
  overTime: boolean;
}
