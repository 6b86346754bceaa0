/** Reading the cells of a PDF-to-text table line: tab-separated, figures sometimes printed with stray spaces. */

/** One line of the source text with its tab-separated cells (trimmed). `line` is 1-based. */
export interface TextLine {
  line: number;
  raw: string;
  cells: string[];
}

export function textLines(text: string): TextLine[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((raw, i) => ({
      line: i + 1,
      raw,
      cells: raw.includes("\t") ? raw.split("\t").map((c) => c.trim()) : [raw.trim()],
    }));
}

/** The text without any white space and without a leading markdown `#`: how titles and labels are compared. */
export function compact(s: string): string {
  return s.replace(/^\s*#+\s*/, "").replace(/\s+/g, "");
}

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0C\uFF0E]/g;

/** A figure as read from one cell. `repaired` says spaces or full-width characters had to be removed. */
export interface Amount {
  /** The figure as printed, separators and spaces removed ("3,143.81" → "3143.81"); null for a blank cell. */
  text: string | null;
  repaired: boolean;
}

const FIGURE = /^-?\d{1,3}(,\d{3})+(\.\d+)?$|^-?\d+(\.\d+)?$/;

/** Read a cell as a figure: blank → text null; "0.00" stays "0.00"; a cell that is not a figure → null. */
export function readAmount(cell: string | undefined): Amount | null {
  const raw = (cell ?? "").trim();
  if (raw === "") return { text: null, repaired: false };
  const narrow = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const squeezed = narrow.replace(/\s+/g, "");
  if (!FIGURE.test(squeezed)) return null;
  return { text: squeezed.replace(/,/g, ""), repaired: squeezed !== raw };
}

/** A cell that holds a figure with a decimal point (row numbers and 栏次 digits have none). */
export function isDecimalFigure(cell: string | undefined): boolean {
  const a = readAmount(cell);
  return a !== null && a.text !== null && a.text.includes(".");
}
