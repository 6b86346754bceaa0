import { DEFAULT_LANG, LANGUAGES, type Lang, type Language, type Messages } from "./languages.ts";

export { DEFAULT_LANG, LANGUAGES, type Lang, type Language };
export type Key = keyof Messages;

const byCode = new Map<Lang, Language>(LANGUAGES.map((l) => [l.code, l]));

/** The entry of LANGUAGES for a code. */
export function language(lang: Lang): Language {
  const found = byCode.get(lang);
  if (!found) throw new Error(`unknown language ${lang}`);
  return found;
}

/** Translate a key; `{name}` placeholders are filled from `vars`. Missing keys fail the build loudly. */
export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const text = (language(lang).messages as Record<string, string>)[key];
  if (text === undefined) throw new Error(`missing translation ${lang}:${key}`);
  return text.includes("{") ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : text;
}

/** A dynamic key (metric ids, enum values) that must exist in the dictionary. */
export const tk = (lang: Lang, key: string, vars?: Record<string, string | number>) => t(lang, key as Key, vars);

export const htmlLang = (lang: Lang) => language(lang).htmlLang;

/** Which language of the curated data (its name_zh / name_en … columns) a language's pages show. */
export const dataLang = (lang: Lang) => language(lang).data;

/** The languages other than `lang`, in LANGUAGES order: the language switch and the hreflang alternates. */
export const otherLanguages = (lang: Lang): Language[] => LANGUAGES.filter((l) => l.code !== lang);

/** The path prefix of a language's pages, "" or e.g. "en/". */
export const langPrefix = (lang: Lang) => {
  const { prefix } = language(lang);
  return prefix ? `${prefix}/` : "";
};

/** Site-relative URL for a path in a language, honouring the configured base. */
export function href(lang: Lang, path = ""): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const clean = path.replace(/^\//, "");
  return `${base}${langPrefix(lang)}${clean}`;
}

/** Language-neutral asset/data URL under the base. */
export function asset(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}${path.replace(/^\//, "")}`;
}
