import Papa from "papaparse";

/** One CSV record with the 1-based source line it starts on and the raw text of that line. */
export interface CsvRecord {
  line: number;
  cells: string[];
  raw: string;
}

/**
 * Stream CSV text (BOM stripped) record by record, with each record's 1-based source line and raw text; values stay
 * strings. Nothing is accumulated, so a file of millions of rows costs one record at a time (national scale).
 * Returns the header and whether the text ended inside a quoted field.
 */
export function forEachCsvRecord(
  text: string,
  onRecord: (record: CsvRecord) => void,
  /** Called once with the header row; returning false skips the records (the header is unusable). */
  onHeader?: (header: string[], headerRaw: string) => boolean,
): { header: string[]; headerRaw: string; unterminatedQuote: boolean } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let header: string[] | null = null;
  let headerRaw = "";
  let cursor = 0;
  // Line counting moves forward with the parser: the line of a record's first character, counted once per text.
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (; counted < offset; counted++) if (body.charCodeAt(counted) === 10) line++;
    return line;
  };
  let unterminatedQuote = false;
  let skip = false;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      let start = cursor;
      cursor = result.meta.cursor;
      if (result.errors.some((e) => e.code === "MissingQuotes")) unterminatedQuote = true;
      const cells = result.data;
      if (body.charCodeAt(start) === 10) start++;
      const at = lineAt(start);
      if (cells.length === 1 && cells[0] === "") return;
      const lineStart = start;
      let lineEnd = body.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = body.length;
      if (body.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      const raw = body.slice(lineStart, lineEnd);
      if (header === null) {
        header = cells;
        headerRaw = raw;
        if (onHeader && !onHeader(cells, raw)) {
          skip = true;
          parser.abort();
        }
      } else if (!skip) onRecord({ line: at, cells, raw });
    },
  });
  return { header: header ?? [], headerRaw, unterminatedQuote };
}

/** The raw text of each line of a CSV text (BOM stripped), 1-based: for locating errors after parsing. */
export function csvLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return ["", ...body.split("\n").map((l) => l.replace(/\r$/, ""))];
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
