import { loosePinyin } from "./search.ts";

/**
 * The search index's unit entries are split by province (`search-index/units-<code>.json`); `places.json`, loaded
 * with `main.json`, says which province a query names, so that shard loads first and the others after the first
 * results. One row per province: its code and every place name of its units in one lower-case string (Chinese,
 * pinyin, and English where it is not the pinyin), names joined by "|".
 */
export type Places = readonly (readonly [code: string, text: string])[];

interface PlaceNames {
  division_code: string;
  province_zh: string;
  province_en: string;
  prefecture_zh: string | null;
  prefecture_en: string | null;
  county_zh: string | null;
  county_en: string | null;
}

/** The province (its code, "210000") of a division code ("210311"). */
export const provinceOf = (divisionCode: string) => `${divisionCode.slice(0, 2)}0000`;

/** The places table, by province code; `spell` gives a Chinese name's pinyin ("anshan"). */
export function buildPlaces(units: readonly PlaceNames[], spell: (zh: string) => string): Places {
  const byProvince = new Map<string, Set<string>>();
  for (const u of units) {
    const code = provinceOf(u.division_code);
    let names = byProvince.get(code);
    if (!names) byProvince.set(code, (names = new Set()));
    const spelt: string[] = [];
    for (const zh of [u.province_zh, u.prefecture_zh, u.county_zh]) {
      if (!zh) continue;
      const py = spell(zh);
      names.add(zh);
      names.add(py);
      spelt.push(py);
    }
    // An English name that is not its pinyin ("Inner Mongolia", "Shaanxi" for 陕西: "shanxi"), without the word for
    // its level ("Qianshan District" is found by "qianshanqu" already).
    for (const en of [u.province_en, u.prefecture_en, u.county_en]) {
      const word = en?.toLowerCase().replace(/ (county|district|city|prefecture|province|league|banner)$/, "") ?? "";
      if (word && !spelt.some((py) => py.includes(word.replace(/[^a-z]/g, "")))) names.add(word);
    }
  }
  // Names joined by "|" (no JSON escape); the loose pinyin of the whole text is worked out by routeQuery's caller
  // once (`loosePlaces`), not stored.
  return [...byProvince]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, names]) => [code, [...names].sort().join("|").toLowerCase()] as const);
}

/**
 * The provinces whose unit shards a query needs first: those whose place names contain one of its terms (as typed
 * or in loose pinyin), or whose code a term of digits starts with (a division code: "210300" → 210000). Empty when
 * it names no place (医保局, "bureau"): the page then loads every unit shard after the first results.
 */
export function routeQuery(places: Places, query: string): string[] {
  const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const [code, text] of places) {
    const hit = terms.some((term) =>
      /^\d{2,}$/.test(term)
        ? code.startsWith(term.slice(0, 2))
        : text.includes(term) || (/^[a-z]+$/.test(term) && looseOf(text).includes(loosePinyin(term))),
    );
    if (hit) out.push(code);
  }
  return out;
}

const loose = new Map<string, string>();
/** A places text in loose pinyin, worked out once per text. */
const looseOf = (text: string) => {
  let l = loose.get(text);
  if (l === undefined) loose.set(text, (l = loosePinyin(text)));
  return l;
};
