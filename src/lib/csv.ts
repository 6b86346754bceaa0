import Papa from "papaparse";

/** One CSV record with the 1-based source line it starts on and the raw text of that line. */
export interface CsvRecord {
  line: number;
  cells: string[];
  raw: string;
}

export interface CsvText {
  header: string[];
  records: CsvRecord[];
  /** True when the text ended in the middle of a quoted field. */
  unterminatedQuote: boolean;
}

/** Parse CSV text (BOM stripped) keeping each record's source line; values stay strings. */
export function parseCsv(text: string): CsvText {
  const body = text.replace(/^\uFEFF/, "");
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const rows: CsvRecord[] = [];
  let cursor = 0;
  let unterminatedQuote = false;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const start = cursor;
      cursor = result.meta.cursor;
      if (result.errors.some((e) => e.code === "MissingQuotes")) unterminatedQuote = true;
      const cells = result.data;
      const line = lineOf(start + (body[start] === "\n" ? 1 : 0));
      if (cells.length === 1 && cells[0] === "") return;
      const lineStart = lineStarts[line - 1] ?? 0;
      const nextStart = lineStarts[line] ?? body.length + 1;
      rows.push({ line, cells, raw: body.slice(lineStart, nextStart - 1).replace(/\r$/, "") });
    },
  });
  const [head, ...records] = rows;
  return { header: head?.cells ?? [], records, unterminatedQuote };
}

/** 1-based character column where field `index` starts in a raw CSV line. */
export function fieldColumn(raw: string, index: number): number {
  let field = 0;
  let inQuotes = false;
  for (let i = 0; i < raw.length; i++) {
    if (field === index) return i + 1;
    const ch = raw[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "," && !inQuotes) field++;
  }
  // A field past the end of a truncated line would start at its end; an unknown field (index -1) at column 1.
  return index >= field ? raw.length + 1 : 1;
}

/** Quote a value for CSV output (RFC 4180). Text that a spreadsheet would execute is prefixed with an apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Serialise rows with a header; `bom` prefixes U+FEFF so Excel reads UTF-8. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  { bom = false } = {},
): string {
  const lines = [header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))];
  return (bom ? "\uFEFF" : "") + lines.join("\n") + "\n";
}
