import type { Lang } from "../i18n/index.ts";
import { tk } from "../i18n/index.ts";
import type { MetricValue } from "./metrics/values.ts";

// One formatter per language: constructing an Intl.NumberFormat costs far more than formatting with it, and a
// national build formats millions of figures.
const WAN = {
  zh: new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 4 }),
  en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 4 }),
};

/** An amount in 万元 with at least 2 decimals and every printed decimal kept. */
export function fmtWan(value: number, lang: Lang): string {
  return WAN[lang].format(value);
}

export function fmtRatio(value: number): string {
  return `${(value * 100).toFixed(2)}%`;
}

export function fmtValue(value: number, unit: "万元" | "ratio", lang: Lang): string {
  return unit === "ratio" ? fmtRatio(value) : fmtWan(value, lang);
}

/** A metric as text, keeping blank and not-disclosed apart from zero. */
export function fmtMetric(result: MetricValue, unit: "万元" | "ratio", lang: Lang): string {
  if (result.state === "blank") return tk(lang, "state.blank");
  if (result.state === "not_disclosed") return tk(lang, "state.not_disclosed");
  return fmtValue(result.value, unit, lang);
}
