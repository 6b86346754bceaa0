/** One CSV record: one physical line, its 1-based line number, raw text (CR stripped) and cells. */
export interface CsvRecord {
  line: number;
  cells: string[];
  raw: string;
  /** Why the line is not a well-formed record; `cells` are then a best guess and should not be used. */
  problem?: CsvProblem;
}

/** A quoting error on one line, at the 1-based column of the offending quote. */
export interface CsvProblem {
  column: number;
  rule: "stray-quote" | "unterminated-quote" | "multi-line-record";
  message: string;
}

const QUOTE = 34;
const COMMA = 44;

/**
 * Split one physical line into cells (RFC 4180 quoting: a field that starts with a quote ends at a quote followed by
 * a comma or the end of the line; `""` inside it is one quote). A record never spans lines: none of the curated files
 * needs it, and one stray quote would otherwise swallow every row up to the next quote.
 */
export function splitCsvLine(raw: string): { cells: string[]; problem?: CsvProblem } {
  // Fast path: most lines have no quote at all.
  if (!raw.includes('"')) return { cells: raw.split(",") };
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (raw.charCodeAt(i) === QUOTE) {
      const open = i;
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = raw.indexOf('"', from);
        if (q < 0) {
          cells.push(value + raw.slice(from));
          return { cells, problem: { column: open + 1, rule: "unterminated-quote", message: UNCLOSED } };
        }
        value += raw.slice(from, q);
        if (raw.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(value);
      if (i === raw.length) return { cells };
      if (raw.charCodeAt(i) !== COMMA) {
        const q = i - 1;
        // A "closing" quote right after a comma is the next field's opening quote: the quote at `open` is the stray.
        if (q - 1 > open && raw.charCodeAt(q - 1) === COMMA)
          return {
            cells,
            problem: {
              column: open + 1,
              rule: "stray-quote",
              message: `this quote opens a field that runs on into the next field's opening quote at column ${q + 1}: a stray quote?`,
            },
          };
        return {
          cells,
          problem: {
            column: q + 1,
            rule: "stray-quote",
            message: `this quote closes the field opened at column ${open + 1} but is followed by "${raw[i]}": a quote inside a field is written twice ("")`,
          },
        };
      }
      i++;
    } else {
      let end = raw.indexOf(",", i);
      if (end < 0) end = raw.length;
      const cell = raw.slice(i, end);
      const q = cell.indexOf('"');
      if (q >= 0) {
        cells.push(cell);
        return {
          cells,
          problem: {
            column: i + q + 1,
            rule: "stray-quote",
            message: 'quote inside an unquoted field: quote the whole field and write the quote twice ("")',
          },
        };
      }
      cells.push(cell);
      if (end === raw.length) return { cells };
      i = end + 1;
    }
  }
}

const UNCLOSED = 'quoted field opened here is not closed on this line (a stray "?)';

/** A quoted field left open at the end of its line: closed on a later line (a multi-line record) or never. */
function unclosed(column: number, body: string, start: number): CsvProblem {
  let from = start;
  for (;;) {
    const q = body.indexOf('"', from);
    if (q < 0) break;
    if (body.charCodeAt(q + 1) === QUOTE) {
      from = q + 2;
      continue;
    }
    const next = body.charCodeAt(q + 1);
    if (Number.isNaN(next) || next === COMMA || next === 10 || next === 13) {
      let lines = 1;
      for (let k = body.indexOf("\n", start); k >= 0 && k < q; k = body.indexOf("\n", k + 1)) lines++;
      return {
        column,
        rule: "multi-line-record",
        message: `quoted field opened here runs on for ${lines} more line${lines > 1 ? "s" : ""}: a record must fit on one line (a stray " or a line break inside the field?)`,
      };
    }
    break;
  }
  return { column, rule: "unterminated-quote", message: UNCLOSED };
}

/**
 * Stream CSV text (BOM stripped) record by record: one record per physical line, with its 1-based line number and
 * raw text; values stay strings; blank lines are skipped. Nothing is accumulated, so a file of millions of rows costs
 * one record at a time (national scale). A badly quoted line comes with a `problem` and leaves later lines intact.
 * Returns the header and whether some quoted field was left open.
 */
export function forEachCsvRecord(
  text: string,
  onRecord: (record: CsvRecord) => void,
  /** Called once with the header row; returning false skips the records (the header is unusable). */
  onHeader?: (header: string[], headerRaw: string, problem?: CsvProblem) => boolean,
): { header: string[]; headerRaw: string; unterminatedQuote: boolean } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let header: string[] | null = null;
  let headerRaw = "";
  let unterminatedQuote = false;
  let line = 0;
  for (let start = 0; start < body.length;) {
    line++;
    let end = body.indexOf("\n", start);
    if (end < 0) end = body.length;
    const next = end + 1;
    const raw = body.slice(start, body.charCodeAt(end - 1) === 13 && end > start ? end - 1 : end);
    start = next;
    if (raw === "") continue;
    const split = splitCsvLine(raw);
    const { cells } = split;
    let { problem } = split;
    if (problem?.rule === "unterminated-quote") {
      unterminatedQuote = true;
      problem = unclosed(problem.column, body, next);
    }
    if (header === null) {
      header = cells;
      headerRaw = raw;
      if (onHeader && !onHeader(cells, raw, problem)) break;
    } else onRecord(problem ? { line, cells, raw, problem } : { line, cells, raw });
  }
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
