import type { FieldSpec } from "./datapackage.ts";
import { parseInteger, parseNumber, printedDigits, quoted } from "./numbers.ts";

/** A parsed cell: text, a number, or null for a blank cell (never zero). */
export type Cell = string | number | null;

/** Characters that make a spreadsheet execute a cell (CSV injection). */
const FORMULA_LEAD = /^[=+\-@\t\r]/;

/**
 * Longest text a cell may hold, in characters. Free text (notes, quotes, descriptions) and lists (scope_units, checks)
 * get 2,000, every other text field (names, titles, codes as printed, references) 200: over five times the longest
 * in the curated files (367 in tables.notes; 105 in documents.title_en), short enough to catch a file pasted into
 * a cell.
 */
export const TEXT_LIMIT = 200;
export const LONG_TEXT_LIMIT = 2000;
const LONG_TEXT = new Set([
  "notes",
  "quote",
  "description",
  "description_zh",
  "description_en",
  "resolution",
  "resolution_zh",
  "source_note",
  "checks",
  "scope_units",
]);

/**
 * No figure reaches 1,000,000,000 (in 万元: 10 万亿元, over three times what the national medical-insurance funds
 * spend in a year; the largest in the curated files is 58,149.15); line numbers and years stay far below it too.
 */
export const MAX_MAGNITUDE = 1e9;
/** Amounts in 万元 are printed with at most 2 decimals in these reports (so are all in the curated files). */
export const MONEY_DECIMALS = 2;

/** Compiled schema patterns (one RegExp per pattern, not one per cell). */
const PATTERNS = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let re = PATTERNS.get(source);
  if (!re) PATTERNS.set(source, (re = new RegExp(source)));
  return re;
}

/** Check one cell; returns its parsed value or "rule|message". */
export function checkCell(f: FieldSpec, cell: string): { value: Cell } | string {
  const c = f.constraints ?? {};
  if (f.type === "string") {
    if (cell !== "" && FORMULA_LEAD.test(cell))
      return `formula|text starts with "${cell[0] === "\t" ? "\\t" : cell[0] === "\r" ? "\\r" : cell[0]}", which a spreadsheet would execute`;
    if (/[\t\r]/.test(cell)) return "control-character|text contains a tab or carriage return";
    if (cell.trim() === "") return c.required ? "required|value is required" : { value: null };
    if (cell !== cell.trim()) return "whitespace|value has leading or trailing spaces";
    const limit = LONG_TEXT.has(f.name) ? LONG_TEXT_LIMIT : TEXT_LIMIT;
    if (cell.length > limit)
      return `text-length|text is ${cell.length} characters long: at most ${limit} in this field`;
    if (c.enum && !c.enum.includes(cell)) return `enum|"${cell}" is not one of ${c.enum.join(", ")}`;
    if (c.pattern && !patternOf(c.pattern).test(cell)) return `pattern|"${cell}" does not match ${c.pattern}`;
    return { value: cell };
  }
  const parsed = f.type === "integer" ? parseInteger(cell) : parseNumber(cell);
  if (!parsed.ok)
    return parsed.rule
      ? `${parsed.rule}|${parsed.reason}`
      : `type|${parsed.reason} (expected ${f.unit === "万元" ? "an amount in 万元" : f.type})`;
  if (parsed.value === null) return c.required ? "required|value is required" : { value: null };
  const unit = f.unit ? ` ${f.unit}` : "";
  if (Math.abs(parsed.value) >= MAX_MAGNITUDE)
    return `magnitude|${quoted(cell)}${unit} is not a plausible figure: no value here reaches 1,000,000,000${unit}`;
  if (f.unit === "万元") {
    const { decimals } = printedDigits(cell);
    if (decimals > MONEY_DECIMALS)
      return `decimals|${quoted(cell)} has ${decimals} decimals: amounts in 万元 are printed with at most ${MONEY_DECIMALS}`;
  }
  if (c.minimum !== undefined && parsed.value < c.minimum) return `range|${parsed.value} is below ${c.minimum}`;
  if (c.maximum !== undefined && parsed.value > c.maximum) return `range|${parsed.value} is above ${c.maximum}`;
  return { value: parsed.value };
}
