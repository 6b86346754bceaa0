import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { hasSuspectCharacter, suspectCharacters, withoutSuspects } from "./characters.ts";
import { csvLines, fieldColumn, forEachCsvRecord, type CsvProblem, type CsvRecord } from "./csv.ts";
import { decodeUtf8 } from "./encoding.ts";
import { checkCell, type Cell } from "./cell.ts";
import type { ResourceSpec } from "./datapackage.ts";
import type { ValidationError } from "./types.ts";

export type { Cell } from "./cell.ts";
export type Values = Record<string, Cell>;

/**
 * One resource's valid rows: parsed values, and the CSV line each starts on (parallel arrays: no wrapper object per
 * row). The raw text is not kept (at national scale it is as large as the files); `rawLine` re-reads it for errors.
 */
export interface ResourceRows {
  file: string;
  values: Values[];
  lines: number[];
  rawLine: (line: number) => string;
}

/**
 * Strings repeat massively (document ids, codes, names, table ids): each distinct value is stored once, as a flat
 * copy, so rows share it and never pin the whole file text (a cut-out string keeps its parent alive in V8).
 */
export class Interner {
  private readonly map = new Map<string, string>();
  get(value: string): string {
    let kept = this.map.get(value);
    if (kept === undefined) {
      kept = JSON.parse(JSON.stringify(value)) as string;
      this.map.set(kept, kept);
    }
    return kept;
  }
}

/** Lazily read a file's lines (errors only). */
function lineReader(file: string): (line: number) => string {
  let lines: string[] | null = null;
  return (line) => {
    lines ??= isFile(file) ? csvLines(decodeUtf8(readFileSync(file)).text) : [];
    return lines[line] ?? "";
  };
}

/**
 * Read one resource's CSV and check it field by field against its schema: header, row length, required,
 * types (our number parser), enum, pattern, formula-leading text. Reading is strict: bytes that are not UTF-8,
 * quoting errors (stray quotes, records spanning lines), invisible or control characters, over-long text, numbers
 * past 15 significant digits or 1e9, and 万元 amounts with more than 2 decimals are errors at their physical line
 * and column. Returns rows with parsed values.
 */
export function readResource(
  dir: string,
  resource: ResourceSpec,
  errors: ValidationError[],
  intern: Interner = new Interner(),
): ResourceRows {
  const file = join(dir, resource.path);
  const shown = file;
  const out: ResourceRows = { file, values: [], lines: [], rawLine: lineReader(file) };
  const err = (line: number, column: number, rule: string, message: string) =>
    errors.push({ file: shown, line, column, rule, message });
  if (!existsSync(file)) {
    err(1, 1, "missing-file", `resource "${resource.name}" expects ${resource.path}`);
    return out;
  }
  if (!isFile(file)) {
    err(1, 1, "not-a-file", `resource "${resource.name}" expects ${resource.path} to be a CSV file, not a directory`);
    return out;
  }
  const decoded = decodeUtf8(readFileSync(file));
  const { text } = decoded;
  if (decoded.problem) {
    const { line, column, message, looksLike } = decoded.problem;
    err(line, column, "encoding", message);
    // UTF-16 is not CSV text at all; other encodings keep the ASCII structure, so the rest is still checked.
    if (looksLike === "UTF-16") return out;
  }
  // In a file that is not UTF-8, every U+FFFD is the bad bytes already reported.
  const replacement = !decoded.problem;
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    err(1, 1, "empty-file", "file is empty: expected a header row");
    return out;
  }
  if (/\r/.test(text)) err(1, 1, "line-endings", "file contains CR characters: use LF line endings");
  const fields = resource.schema.fields;
  const index = new Map<string, number>();
  let width = 0;
  /** A badly quoted line: reported at its quote, and the row is not read. */
  const quoteError = (line: number, problem: CsvProblem) => err(line, problem.column, problem.rule, problem.message);
  /** Refused characters of a line, each reported in its field; returns the indexes of the fields holding them. */
  // One native scan of the whole file: a clean one (every valid file) skips the per-line scans.
  const scanLines = hasSuspectCharacter(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const noneBad = new Set<number>();
  const characterErrors = (line: number, raw: string, names: readonly string[]): Set<number> => {
    if (!scanLines) return noneBad;
    const bad = new Set<number>();
    for (const c of suspectCharacters(raw, { replacement })) {
      let field = 0;
      while (field + 1 < names.length && fieldColumn(raw, field + 1) - 1 <= c.index) field++;
      bad.add(field);
      err(line, c.index + 1, c.rule, `${withoutSuspects(names[field] ?? "?")}: ${c.message}`);
    }
    return bad;
  };
  const checkHeader = (header: string[], headerRaw: string, problem?: CsvProblem): boolean => {
    let headerOk = true;
    width = header.length;
    if (problem) {
      quoteError(1, problem);
      return false;
    }
    if (characterErrors(1, headerRaw, header).size) return false;
    header.forEach((name, i) => {
      if (!fields.some((f) => f.name === name)) {
        err(
          1,
          fieldColumn(headerRaw, i),
          "unknown-column",
          `column "${name}" is not in the schema of ${resource.name}`,
        );
        headerOk = false;
      } else if (index.has(name)) {
        err(1, fieldColumn(headerRaw, i), "duplicate-column", `column "${name}" appears twice`);
        headerOk = false;
      } else index.set(name, i);
    });
    for (const f of fields) {
      if (!index.has(f.name)) {
        err(1, 1, "missing-column", `column "${f.name}" is missing (schema of ${resource.name})`);
        headerOk = false;
      }
    }
    return headerOk;
  };
  // Each row's values object starts as a copy of one holding every field (schema order), so V8 keeps all rows on
  // one compact shape (filled one by one, a 20-field row fell back to a dictionary at twice the memory). Filled by
  // name in schema order as before, the objects have the same keys in the same order.
  const template = JSON.parse(JSON.stringify(Object.fromEntries(fields.map((f) => [f.name, null])))) as Values;
  const columns = fields.map((f) => ({ f, i: 0 }));
  let headerDone = false;
  const names: string[] = [];
  const onRecord = (record: CsvRecord) => {
    if (!headerDone) {
      for (const c of columns) names[(c.i = index.get(c.f.name) ?? 0)] = c.f.name;
      headerDone = true;
    }
    if (record.problem) {
      quoteError(record.line, record.problem);
      return;
    }
    const badFields = characterErrors(record.line, record.raw, names);
    if (record.cells.length !== width) {
      err(
        record.line,
        fieldColumn(record.raw, Math.min(record.cells.length, width)),
        "row-length",
        `row has ${record.cells.length} fields, header has ${width}` +
          (record.cells.length < width ? " (truncated row?)" : ""),
      );
      return;
    }
    const values: Values = { ...template };
    let ok = true;
    for (const { f, i } of columns) {
      if (badFields.has(i)) {
        ok = false;
        continue;
      }
      const cell = record.cells[i] ?? "";
      const result = checkCell(f, cell);
      if (typeof result === "string") {
        // Split at the first "|" only: messages may contain "|" (e.g. a pattern such as ^(\d{3}|\d{5})$).
        const bar = result.indexOf("|");
        const [rule, message] = [result.slice(0, bar), result.slice(bar + 1)];
        err(record.line, fieldColumn(record.raw, i), rule, `${f.name}: ${message}`);
        ok = false;
      } else values[f.name] = typeof result.value === "string" ? intern.get(result.value) : result.value;
    }
    if (ok) {
      out.values.push(values);
      out.lines.push(record.line);
    }
  };
  forEachCsvRecord(text, onRecord, checkHeader);
  return out;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
