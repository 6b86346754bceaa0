import { pinyin } from "pinyin-pro";
import { tk, type Key, t } from "../../i18n/index.ts";
import { FAMILY_PAGES, METRICS } from "./metrics/registry.ts";
import type { Dataset } from "../data/model.ts";
import { loosePinyin, type SearchEntry } from "./search.ts";

const syllables = (text: string) => pinyin(text, { toneType: "none", type: "array", nonZh: "removed" });
const spell = (text: string) => {
  const s = syllables(text);
  return { pinyin: s.join(""), initials: s.map((x) => x[0] ?? "").join("") };
};

/** A Chinese name's pinyin without tones or spaces ("anshanshi"): the places table (search-places.ts) spells with it. */
export const spellPinyin = (text: string) => spell(text).pinyin;

/** Short names people search for, and the full names they stand for (医保局 finds every 医疗保障局). */
export const ABBREVIATIONS: readonly (readonly [full: string, short: string])[] = [
  ["医疗保障事务服务中心", "医保中心"],
  ["医疗保障服务中心", "医保中心"],
  ["医疗保障事务中心", "医保中心"],
  ["医疗保障局", "医保局"],
  ["医疗保障", "医保"],
];

/** The abbreviated forms of a Chinese name (each rule applied once, longest first), or "" when none applies. */
export function abbreviations(name: string): string {
  const out = new Set<string>();
  for (const [full, short] of ABBREVIATIONS) if (name.includes(full)) out.add(name.replace(full, short));
  return [...out].join(" ");
}

/** Keywords of an entry: the given words, their pinyin (places: "liaoning"), and the loose pinyin of its name. */
const keywords = (name: string, ...words: (string | null | undefined)[]) => {
  const extra = words.filter((w): w is string => Boolean(w));
  const places = extra.filter((w) => /[\u4e00-\u9fff]/.test(w)).map((w) => syllables(w).join(""));
  return [...new Set([...extra, ...places, loosePinyin(spell(name).pinyin)])].filter(Boolean).join(" ");
};
/** The same keywords for the compare picker's index (lib/site/compare-shards.ts). */
export const searchKeywords = keywords;

type Document = Dataset["documents"][number];

/**
 * Build-time search index: units, reports, metric pages, site pages (one per province for compare and over-time),
 * classification codes (code → first printed name), projects and metric definitions. Entries are grouped by shard
 * (see `shardOf`): units, metrics and pages first.
 */
export function buildSearchIndex(
  data: Pick<Dataset, "units" | "documents" | "projects">,
  codes: ReadonlyMap<string, string>,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const units = new Map(data.units.map((u) => [u.unit_id as string, u]));
  for (const u of data.units)
    entries.push({
      type: "unit",
      title: `${u.name_zh} ${u.province_zh}${u.prefecture_zh ?? ""}${u.county_zh ?? ""}`,
      title_en: u.name_en,
      ...spell(u.name_zh),
      keywords: keywords(
        u.name_zh,
        u.division_code,
        abbreviations(u.name_zh),
        u.province_zh,
        u.prefecture_zh,
        u.county_zh,
        [u.county_en, u.prefecture_en, u.province_en].filter(Boolean).join(" "),
      ),
      path: `units/${u.unit_id}/`,
    });
  for (const f of FAMILY_PAGES) {
    const zh = tk("zh", f.label);
    entries.push({
      type: "metric",
      title: zh,
      title_en: tk("en", f.label),
      ...spell(zh),
      keywords: keywords(zh, zh.replace(/[“”"]/g, "")),
      path: `metrics/${f.slug}/`,
    });
  }
  const page = (key: Key, path: string, extra = "", extraEn = "") => {
    const zh = `${t("zh", key)}${extra ? ` · ${extra}` : ""}`;
    entries.push({
      type: "page",
      title: zh,
      title_en: `${t("en", key)}${extraEn ? ` · ${extraEn}` : ""}`,
      ...spell(zh),
      keywords: keywords(zh, extra),
      path,
    });
  };
  page("method.title", "methodology/");
  page("units.title", "units/");
  page("quality.title", "quality/");
  page("data.title", "data/");
  page("compare.title", "compare/");
  page("time.title", "over-time/");
  const provinces = new Map<string, { zh: string; en: string }>();
  for (const u of data.units) {
    const code = `${u.division_code.slice(0, 2)}0000`;
    if (!provinces.has(code)) provinces.set(code, { zh: u.province_zh, en: u.province_en });
  }
  for (const [code, p] of [...provinces].sort(([a], [b]) => a.localeCompare(b))) {
    page("compare.title", `compare/${code}/`, p.zh, p.en);
    page("time.title", `over-time/${code}/`, p.zh, p.en);
  }
  for (const [code, name] of codes)
    entries.push({
      type: "code",
      title: `${code} ${name}`,
      title_en: code,
      ...spell(name),
      path: `methodology/#code-${code}`,
    });
  for (const m of METRICS)
    entries.push({
      type: "definition",
      title: tk("zh", m.label),
      title_en: tk("en", m.label),
      ...spell(tk("zh", m.label)),
      path: `methodology/#${m.id}`,
    });
  for (const d of data.documents) {
    const u = units.get(d.unit_id);
    if (!u) continue;
    const heading = (lang: "zh" | "en") =>
      `${d.fiscal_year} ${tk(lang, `stage.${d.stage}`)} · ${tk(lang, `scope.${d.scope}`)}`;
    entries.push({
      type: "report",
      title: `${u.name_zh} ${heading("zh")}`,
      title_en: `${u.name_en} ${heading("en")}`,
      ...spell(u.name_zh),
      keywords: keywords(u.name_zh, u.division_code, abbreviations(u.name_zh)),
      path: `reports/${d.document_id}/`,
    });
  }
  // One entry per unit and project name, pointing at the latest report that lists it: the same project recurs every
  // year and in budget and final account (at national scale: ~200,000 rows, about half as many entries).
  const documents = new Map<string, Document>(data.documents.map((d) => [d.document_id, d]));
  const latest = new Map<string, { name: string; doc: Document }>();
  for (const p of data.projects) {
    const doc = documents.get(p.document_id);
    if (!doc) continue;
    const key = `${doc.unit_id}|${p.name}`;
    const seen = latest.get(key);
    if (
      !seen ||
      doc.fiscal_year > seen.doc.fiscal_year ||
      (doc.fiscal_year === seen.doc.fiscal_year && doc.stage === "final")
    )
      latest.set(key, { name: p.name, doc });
  }
  for (const { name, doc } of latest.values())
    entries.push({
      type: "project",
      title: name,
      title_en: "",
      ...spell(name),
      path: `reports/${doc.document_id}/#projects`,
    });
  return entries;
}
