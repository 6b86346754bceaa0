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

/** One report in the picker's index: [document, unit, name zh, name en, province code, year, stage, keywords]. */
export type CompareIndexRow = [string, string, string, string, string, number, "budget" | "final", string];

/**
 * One figure in a shard: [metric, state, value or null, value as the pages print it (digits only, no unit) or
 * null, finding ids, first source line or null]. The state is one of MetricValue's five, so a blank, a stated zero
 * and a figure not disclosed stay apart up to the page.
 */
export type CompareFigure = [
  string,
  MetricRow["result"]["state"],
  number | null,
  string | null,
  string[],
  number | null,
];

/** A province's shard: each of its reports' figures in registry order, by document id (sorted). */
export type CompareShard = Record<string, CompareFigure[]>;

/** The picker's index: every report, sorted by document id. Keywords: pinyin, division code, province names. */
export function compareIndex(index: Pick<SiteIndex, "document" | "unit">): CompareIndexRow[] {
  return [...index.document.values()]
    .map((d): CompareIndexRow => {
      const u = index.unit.get(d.unit_id);
      const name_zh = u?.name_zh ?? d.unit_id;
      const words = u
        ? [u.division_code, u.province_zh, u.province_en, u.prefecture_zh, u.county_zh, abbreviations(name_zh)]
        : [];
      return [
        d.document_id,
        d.unit_id,
        name_zh,
        u?.name_en ?? d.unit_id,
        u ? provinceCode(u) : "",
        d.fiscal_year,
        d.stage,
        searchKeywords(name_zh, ...words),
      ];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** One report's figures: its own year's metric, every metric of the registry in order. */
export function compareFigures(
  index: Pick<SiteIndex, "metricOf">,
  doc: { document_id: string; fiscal_year: number },
): CompareFigure[] {
  return METRICS.map((m): CompareFigure => {
    const r = index.metricOf(doc.document_id, m.id, doc.fiscal_year);
    const findings = (r?.findings ?? []).map((f) => f.finding_id);
    if (!r) return [m.id, "not_disclosed", null, null, findings, null];
    const res = r.result;
    const line = "sources" in res ? (res.sources[0]?.line ?? null) : null;
    if (res.state === "value") return [m.id, "value", res.value, fmtValue(res.value, r.unit, "zh"), findings, line];
    return [m.id, res.state, null, null, findings, line];
  });
}

/** The shard of one province: its reports' figures by document id (sorted), or null for an unknown province. */
export function compareShard(index: Pick<SiteIndex, "provinces" | "metricOf">, province: string): CompareShard | null {
  const p = index.provinces.get(province);
  if (!p) return null;
  const docs = [...p.documents].sort((a, b) => a.document_id.localeCompare(b.document_id));
  return Object.fromEntries(docs.map((d) => [d.document_id, compareFigures(index, d)]));
}
