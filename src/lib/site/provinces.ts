import type { DocumentRow, Unit } from "../data/model.ts";

export interface Province {
  code: string;
  zh: string;
  en: string;
  units: Unit[];
  documents: DocumentRow[];
}

/** The province a unit belongs to: its division code's first two digits followed by "0000". */
export const provinceCode = (u: Unit): string => `${u.division_code.slice(0, 2)}0000`;

/** Provinces in code order, each with its units (by id) and their documents (in input order). */
export function provincesOf(units: readonly Unit[], documents: readonly DocumentRow[]): Map<string, Province> {
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
