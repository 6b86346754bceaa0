// The compare page's state in its URL: compare/?r=<doc>,<doc>[&metric=<id>]. Pure functions (tests/compare-state.test.ts).

/** At most this many reports side by side. */
export const MAX_REPORTS = 4;

/**
 * Reads `?r=a,b&metric=m` (also `r=a&r=b`): the ids in order, repeats and empty parts dropped; `extra` the ids past
 * MAX_REPORTS (not shown; the page says so).
 */
export function parseCompareState(search) {
  const params = new URLSearchParams(search);
  const ids = [];
  for (const value of params.getAll("r"))
    for (const part of value.split(",")) {
      const id = part.trim();
      if (id && ids.indexOf(id) < 0) ids.push(id);
    }
  return { ids: ids.slice(0, MAX_REPORTS), extra: ids.slice(MAX_REPORTS), metric: params.get("metric") || "" };
}

/** The query for a state: `?r=a,b&metric=m`, or "" when nothing is chosen. Commas stay readable. */
export function formatCompareState(state) {
  const parts = [];
  if (state.ids.length) parts.push("r=" + state.ids.map(encodeURIComponent).join(","));
  if (state.metric) parts.push("metric=" + encodeURIComponent(state.metric));
  return parts.length ? "?" + parts.join("&") : "";
}

/** The province shard a document's figures are in, from the picker's index rows ([doc, unit, zh, en, province, …]). */
export function shardsOf(ids, rows) {
  const byDoc = new Map(rows.map((r) => [r[0], r[4]]));
  const known = ids.filter((id) => byDoc.has(id));
  return {
    known,
    unknown: ids.filter((id) => !byDoc.has(id)),
    provinces: [...new Set(known.map((id) => byDoc.get(id)))].sort(),
  };
}

/** Rows of the index matching a query: every word (space-separated) in the row's names, ids or keywords. */
export function matchReports(rows, query, limit = 12) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out = [];
  for (const r of rows) {
    const hay = (r[0] + " " + r[2] + " " + r[3] + " " + r[7] + " " + r[5]).toLowerCase();
    if (words.every((w) => hay.indexOf(w) >= 0)) out.push(r);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * The rows the picker searches, from compare-data/units.json ({provinces, units}): one per report,
 * [doc, unit, name zh, name en, province, year, stage, keywords with the province's names].
 */
export function indexRows(json) {
  const rows = [];
  for (const [unit, zh, en, province, words, reports] of json.units) {
    const p = json.provinces[province] || [];
    const keywords = words + " " + p.join(" ");
    for (const [doc, year, stage] of reports) rows.push([doc, unit, zh, en, province, year, stage, keywords]);
  }
  return rows;
}

/** A figure's number from its printed text ("3,143.81", "98.13%"): for bar lengths only, never shown. */
export function figureNumber(text) {
  return Number(String(text).replace(/[,%]/g, ""));
}
