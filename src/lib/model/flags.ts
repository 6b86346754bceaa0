import type { Source } from "../data/facts.ts";
import type { FindingRow } from "../data/model.ts";
import { t, type Lang } from "../../i18n/index.ts";

/**
 * The places a finding names (`where_a`, `where_b`): a table id (`T06`) or `narrative`, then a line, a list or a
 * range (`line 175`, `lines 85, 104, 137`, `lines 289-303`, `lines 219+220+230`). A place without a prefix of its
 * own takes the one before it (`narrative line 197 (also line 161)`).
 */
export function findingPlaces(where: string): string[] {
  const places: string[] = [];
  let prefix: string | null = null;
  const pattern = /(T\d{2}|narrative|contents)?\s*\blines?\s+(\d+(?:\s*(?:[-–+,]|and)\s*\d+)*)/g;
  for (const m of where.matchAll(pattern)) {
    prefix = m[1] ?? prefix;
    if (!prefix) continue;
    for (const part of (m[2] ?? "").split(/\s*(?:[+,]|and)\s*/)) {
      const [from, to] = part.split(/\s*[-–]\s*/).map(Number);
      if (from === undefined || Number.isNaN(from)) continue;
      const last = to !== undefined && !Number.isNaN(to) && to >= from && to - from < 200 ? to : from;
      for (let line = from; line <= last; line++) places.push(`${prefix}:${line}`);
    }
  }
  return places;
}

/** The place a source cites, in the notation of `findingPlaces`. */
const placeOf = (s: Source) => `${s.table_id ?? "narrative"}:${s.line}`;

/** A finding by its key in findings.csv. */
export interface FindingRef {
  document_id: string;
  finding_id: string;
}

/**
 * Which findings name a line a figure rests on: a figure computed from a value that a recorded finding contradicts
 * (or qualifies) is flagged with it. Returns, per list of sources, the findings in document and id order.
 */
export function findingsAffecting(findings: readonly FindingRow[]): (sources: readonly Source[]) => FindingRef[] {
  const byPlace = new Map<string, FindingRef[]>();
  for (const f of findings) {
    const places = new Set([...findingPlaces(f.where_a ?? ""), ...findingPlaces(f.where_b ?? "")]);
    for (const place of places) {
      const key = `${f.document_id}|${place}`;
      const list = byPlace.get(key) ?? [];
      list.push({ document_id: f.document_id, finding_id: f.finding_id });
      byPlace.set(key, list);
    }
  }
  return (sources) => {
    const refs = new Map<string, FindingRef>();
    for (const s of sources)
      for (const r of byPlace.get(`${s.document_id}|${placeOf(s)}`) ?? [])
        refs.set(`${r.document_id}|${r.finding_id}`, r);
    return [...refs.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
  };
}

/** Finding ids as one cell: `F02` for the row's own report, `<document_id>/F02` for another report's. */
export const findingIdsText = (refs: readonly FindingRef[], documentId: string): string =>
  refs.map((r) => (r.document_id === documentId ? r.finding_id : `${r.document_id}/${r.finding_id}`)).join(";");

/**
 * A finding's place as a reader says it, in the page's language: `T03 第289–303行；说明 第85行`. Consecutive lines
 * are joined into a range. Empty when `where` names no line (its text is then only a tooltip).
 */
export function placesText(where: string, lang: Lang): string {
  const byPrefix = new Map<string, number[]>();
  for (const place of findingPlaces(where)) {
    const [prefix = "", line = "0"] = place.split(":");
    const lines = byPrefix.get(prefix) ?? [];
    if (!lines.includes(Number(line))) lines.push(Number(line));
    byPrefix.set(prefix, lines);
  }
  return [...byPrefix]
    .map(([prefix, lines]) => {
      const ranges: string[] = [];
      const sorted = [...lines].sort((a, b) => a - b);
      for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
        ranges.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
        i = j + 1;
      }
      const name = /^T\d{2}$/.test(prefix)
        ? prefix
        : t(lang, prefix === "contents" ? "source.contents" : "source.narrative");
      return `${name} ${t(lang, "source.line", { line: ranges.join(t(lang, "source.line_separator")) })}`;
    })
    .join(t(lang, "source.separator"));
}
