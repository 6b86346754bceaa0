import en from "./en.json" with { type: "json" };
import zh from "./zh.json" with { type: "json" };

/** Every key of the translation files (zh.json is the reference; each file must have them all). */
export type Messages = typeof zh;

/** One language of the site. Adding a language = its translation file + one entry in LANGUAGES. */
export interface LanguageConfig {
  /** Code the pages and `t` take (`lang="zh"`), written into `<body data-lang>`. */
  code: string;
  /** Path segment its pages sit under, without slashes; "" for the default language, served at the root. */
  prefix: string;
  /** BCP 47 tag of `<html lang>`, `hreflang` and the language switch. */
  htmlLang: string;
  /** The language's own name: the language switch's link to it on every other language's pages. */
  label: string;
  /** Locale `Intl.NumberFormat` formats amounts in (where the fast formatter falls back to it). */
  numberLocale: string;
  /** Which of the curated data's two languages its pages show names and titles in (name_zh / name_en, …). */
  data: "zh" | "en";
  /** How a unit's place is written in lists: 辽宁省 鞍山市 千山区 (largest first) or Qianshan, Anshan, Liaoning. */
  placeOrder: "largest-first" | "smallest-first";
  /** The translation file. */
  messages: Messages;
}

/** The site's languages, the default (prefix "") first; routes, links, hreflang and the switch follow this list. */
export const LANGUAGES = [
  {
    code: "zh",
    prefix: "",
    htmlLang: "zh-CN",
    label: "中文",
    numberLocale: "zh-CN",
    data: "zh",
    placeOrder: "largest-first",
    messages: zh,
  },
  {
    code: "en",
    prefix: "en",
    htmlLang: "en",
    label: "English",
    numberLocale: "en-GB",
    data: "en",
    placeOrder: "smallest-first",
    messages: en,
  },
] as const satisfies readonly LanguageConfig[];

/** One entry of LANGUAGES. */
export type Language = (typeof LANGUAGES)[number];
export type Lang = Language["code"];

/** The language served at the root. */
export const DEFAULT_LANG: Lang = LANGUAGES[0].code;
