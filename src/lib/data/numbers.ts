/** Parsing of figures as printed in CSV cells: our own code, never papaparse's dynamicTyping. */

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; reason: string };

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
  return { ok: true, value: Number(text.replace(/,/g, "")) };
}

/** Parse an integer cell (blank = missing). */
export function parseInteger(cell: string): ParsedNumber {
  const parsed = parseNumber(cell);
  if (parsed.ok && parsed.value !== null && !Number.isInteger(parsed.value)) {
    return { ok: false, reason: `"${cell}" is not a whole number` };
  }
  return parsed;
}
