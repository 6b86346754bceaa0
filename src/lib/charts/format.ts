import type { Lang } from "../../i18n/index.ts";
import { language, t, tk } from "../../i18n/index.ts";
import type { MetricValue } from "../model/metrics/values.ts";

/**
 * An amount in 万元 with at least 2 decimals and every printed decimal kept (up to 4), digits grouped by 3 with
 * commas: what Intl.NumberFormat("zh-CN" | "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 4 }) prints,
 * written out because a national build formats millions of figures and Intl costs several µs each
 * (tests/numbers.test.ts compares the two on 100,000 values).
 */
export function fmtWan(value: number, lang: Lang): string {
  const negative = value < 0 || Object.is(value, -0);
  // The shortest decimal that reads back as the value (what ICU rounds), rounded half away from zero at 4 places.
  const shortest = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(shortest)) return fallback(lang).format(value); // exponent notation, Infinity, NaN
  const [whole = "0", fraction = ""] = shortest.split(".");
  let int = whole;
  let frac = fraction;
  if (frac.length > 4) {
    const up = frac.charCodeAt(4) - 48 >= 5;
    frac = frac.slice(0, 4);
    if (up) {
      // Add one unit in the 4th place to int.frac, carrying.
      const digits = (int + frac).split("").map(Number);
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === 9) digits[i--] = 0;
      if (i >= 0) digits[i] = (digits[i] ?? 0) + 1;
      else digits.unshift(1);
      const joined = digits.join("");
      int = joined.slice(0, joined.length - 4);
      frac = joined.slice(-4);
    }
  }
  frac = frac.replace(/0+$/, "");
  if (frac.length < 2) frac = frac.padEnd(2, "0");
  if (int.length > 3) {
    let grouped = "";
    while (int.length > 3) {
      grouped = `,${int.slice(-3)}${grouped}`;
      int = int.slice(0, -3);
    }
    int += grouped;
  }
  return `${negative ? "-" : ""}${int}.${frac}`;
}

const fallbacks = new Map<Lang, Intl.NumberFormat>();
/** Intl in the language's number locale (see LANGUAGES), made once per language. */
function fallback(lang: Lang): Intl.NumberFormat {
  let format = fallbacks.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(language(lang).numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
    fallbacks.set(lang, format);
  }
  return format;
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
  if (result.state === "not_applicable") return tk(lang, "state.not_applicable");
  if (result.state === "stated_zero") return t(lang, "state.stated_zero", { value: fmtValue(0, unit, lang) });
  return fmtValue(result.value, unit, lang);
}
