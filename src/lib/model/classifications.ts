import { dataLang, type Lang } from "../../i18n/index.ts";
import type { Dataset } from "../data/model.ts";

type Classification = Dataset["classifications"][number];
export type Scheme = Classification["scheme"];

/** The classification list by scheme and code: the standard name of a code in each language (data/classifications.csv). */
export type ClassNames = ReadonlyMap<string, Classification>;

export const classNames = (rows: readonly Classification[]): ClassNames =>
  new Map(rows.map((r) => [`${r.scheme}|${r.code}`, r]));

/**
 * A code's name in `lang`: the list's standard name (English on English pages), else `printed` (a code the list does
 * not hold cannot pass the validator, so this is for codes as printed in truncated form).
 */
export function className(names: ClassNames, scheme: Scheme, code: string | null, lang: Lang, printed = ""): string {
  const row = code ? names.get(`${scheme}|${code}`) : undefined;
  return row ? row[`name_${dataLang(lang)}`] : printed;
}
