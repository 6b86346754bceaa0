import { fmtValue } from "../charts/format.ts";
import type { MetricRow } from "../model/metrics/index.ts";
import { METRICS } from "../model/metrics/registry.ts";
import { abbreviations, searchKeywords } from "../model/search-index.ts";
import type { SiteIndex } from "./build-site.ts";
import { provinceCode } from "./provinces.ts";

/**
 * The compare picker's data, loaded on demand: `compare-data/units.json` (one row per report: names and ids only,
 * fetched on the picker's first focus) and `compare-data/<province>.json` (the figures of every report of one
 * province, fetched when one of its reports is chosen). Per province, so a report costs no file of its own
 * (issue 16) and the picker never loads the national table.
 */
export const COMPARE_DIR = "compare-data";
export const COMPARE_UNITS = "units";

/** A report of a unit in the picker's index: [document, year, stage]. */
export type CompareIndexReport = [string, number, "budget" | "final"];
/** A unit in the picker's index: [unit, name zh, name en, province code, keywords, its reports]. */
export type CompareIndexUnit = [string, string, string, string, string, CompareIndexReport[]];
/** The picker's index: provinces once ([zh, en, pinyin] by code), then every unit with a report, sorted by id. */
export interface CompareIndex {
  provinces: Record<string, [string, string, string]>;
  units: CompareIndexUnit[];
}

/**
 * One figure in a shard, in registry order (METRICS; the page has the same list): [state, the value as the pages
 * print it (digits only, no unit; null unless the state is value), first source line or null, finding ids (only
 * when there are any)]. The state is one of MetricValue's five, so a blank, a stated zero and a figure not
 * disclosed stay apart up to the page.
 */
export type CompareFigure =
  | [MetricRow["result"]["state"], string | null, number | null]
  | [MetricRow["result"]["state"], string | null, number | null, string[]];

/** A province's shard: each of its reports' figures in registry order, by document id (sorted). */
export type CompareShard = Record<string, CompareFigure[]>;

/** The picker's index. Keywords: the name with its pinyin (strict and loose), places, short names (the id holds the division code). */
export function compareIndex(index: Pick<SiteIndex, "documentsByUnit" | "unit" | "provinces">): CompareIndex {
  const provinces: CompareIndex["provinces"] = {};
  for (const [code, p] of index.provinces)
    provinces[code] = [p.zh, p.en, searchKeywords(p.zh, p.zh).replace(`${p.zh} `, "")];
  const units = [...index.documentsByUnit]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unitId, docs]): CompareIndexUnit => {
      const u = index.unit.get(unitId);
      const zh = u?.name_zh ?? unitId;
      const words = u ? [zh, u.prefecture_zh, u.county_zh, abbreviations(zh)] : [];
      const reports = [...docs]
        .sort((a, b) => a.document_id.localeCompare(b.document_id))
        .map((d): CompareIndexReport => [d.document_id, d.fiscal_year, d.stage]);
      return [unitId, zh, u?.name_en ?? unitId, u ? provinceCode(u) : "", searchKeywords(zh, ...words), reports];
    });
  return { provinces, units };
}

/** One report's figures: its own year's metric, every metric of the registry in order. */
export function compareFigures(
  index: Pick<SiteIndex, "metricOf">,
  doc: { document_id: string; fiscal_year: number },
): CompareFigure[] {
  return METRICS.map((m): CompareFigure => {
    const r = index.metricOf(doc.document_id, m.id, doc.fiscal_year);
    if (!r) return ["not_disclosed", null, null];
    const res = r.result;
    const line = "sources" in res ? (res.sources[0]?.line ?? null) : null;
    const text = res.state === "value" ? fmtValue(res.value, r.unit, "zh") : null;
    const findings = (r.findings ?? []).map((f) => f.finding_id);
    return findings.length ? [res.state, text, line, findings] : [res.state, text, line];
  });
}

/** The shard of one province: its reports' figures by document id (sorted), or null for an unknown province. */
export function compareShard(index: Pick<SiteIndex, "provinces" | "metricOf">, province: string): CompareShard | null {
  const p = index.provinces.get(province);
  if (!p) return null;
  const docs = [...p.documents].sort((a, b) => a.document_id.localeCompare(b.document_id));
  return Object.fromEntries(docs.map((d) => [d.document_id, compareFigures(index, d)]));
}
