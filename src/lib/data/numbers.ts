/** Parsing of figures as printed in CSV cells: our own code, never papaparse's dynamicTyping. */

export type ParsedNumber =
  | { ok: true; value: number | null }
  /** `rule` is set when the cell is a number but not one we can read exactly (else: not a number at all). */
  | { ok: false; reason: string; rule?: "precision" };

/** A double holds 15 significant decimal digits exactly; a printed figure with more is a typo or a pasted id. */
export const MAX_SIGNIFICANT_DIGITS = 15;

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;

/** Map full-width digits, point, comma and signs to ASCII. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * Parse a numeric cell. Blank (after trimming) is *missing* (`value: null`), never zero.
 * Accepts thousands separators ("3,143.81"), full-width digits and a leading BOM.
 * Anything else is an error with a reason, never NaN.
 */
export function parseNumber(cell: string): ParsedNumber {
  const text = toHalfWidth(cell.replace(/^\uFEFF/, "").trim());
  if (text === "") return { ok: true, value: null };
  if (!NUMBER.test(text)) return { ok: false, reason: `"${cell}" is not a number` };
  const { significant } = printedDigits(text);
  const value = Number(text.replace(/,/g, ""));
  if (significant > MAX_SIGNIFICANT_DIGITS || !Number.isFinite(value))
    return {
      ok: false,
      rule: "precision",
      reason: `${quoted(cell)} has ${significant} significant digits: more than ${MAX_SIGNIFICANT_DIGITS} cannot be read exactly`,
    };
  return { ok: true, value };
}

/** Significant digits and decimal places of a printed number ("0,012.50": 4 and 2; "0.00": 0 and 2). */
export function printedDigits(cell: string): { significant: number; decimals: number } {
  const text = toHalfWidth(cell.trim());
  const point = text.indexOf(".");
  const digits = text.replace(/\D/g, "").replace(/^0+/, "");
  return { significant: digits.length, decimals: point < 0 ? 0 : text.length - point - 1 };
}

/** A cell quoted for a message: a long one cut to its first 20 characters. */
export function quoted(cell: string): string {
  return cell.length > 40 ? `"${cell.slice(0, 20)}…" (${cell.length} characters)` : `"${cell}"`;
}

/** Parse an integer cell (blank = missing). */
export function parseInteger(cell: string): ParsedNumber {
  const parsed = parseNumber(cell);
  if (parsed.ok && parsed.value !== null && !Number.isInteger(parsed.value)) {
    return { ok: false, reason: `"${cell}" is not a whole number` };
  }
  return parsed;
}
