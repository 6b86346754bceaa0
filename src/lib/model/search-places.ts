import { loosePinyin } from "./search.ts";

/**
 * The search index's unit entries are split by province (`search-index/units-<code>.json`); `places.json`, loaded
 * with `main.json`, says which province a query names, so that shard loads first and the others after the first
 * results. One row per province: its code and every place name of its units in one lower-case string (Chinese,
 * English, pinyin and the loose pinyin a misspelt query is matched against), names joined by U+0001.
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
    for (const zh of [u.province_zh, u.prefecture_zh, u.county_zh]) {
      if (!zh) continue;
      const py = spell(zh);
      names.add(zh);
      names.add(py);
      names.add(loosePinyin(py));
    }
    for (const en of [u.province_en, u.prefecture_en, u.county_en]) if (en) names.add(en.toLowerCase());
  }
  return [...byProvince]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, names]) => [code, [...names].sort().join("\u0001").toLowerCase()] as const);
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
        : text.includes(term) || (/^[a-z]+$/.test(term) && text.includes(loosePinyin(term))),
    );
    if (hit) out.push(code);
  }
  return out;
}
