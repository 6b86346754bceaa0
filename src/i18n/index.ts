import en from "./en.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };

export type Lang = "zh" | "en";
export type Key = keyof typeof zh;
export const LANGS: Lang[] = ["zh", "en"];

const dictionaries: Record<Lang, Record<string, string>> = { zh, en };

/** Translate a key; `{name}` placeholders are filled from `vars`. Missing keys fail the build loudly. */
export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const text = dictionaries[lang][key];
  if (text === undefined) throw new Error(`missing translation ${lang}:${key}`);
  return text.includes("{") ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : text;
}

/** A dynamic key (metric ids, enum values) that must exist in the dictionary. */
export const tk = (lang: Lang, key: string, vars?: Record<string, string | number>) => t(lang, key as Key, vars);

export const htmlLang = (lang: Lang) => (lang === "zh" ? "zh-CN" : "en");

/** Site-relative URL for a path in a language, honouring the configured base. */
export function href(lang: Lang, path = ""): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const clean = path.replace(/^\//, "");
  return `${base}${lang === "en" ? "en/" : ""}${clean}`;
}

/** Language-neutral asset/data URL under the base. */
export function asset(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}${path.replace(/^\//, "")}`;
}
