/** The real data/ read once: each file's lines and records, so that mutations can target a cell, a row or a byte. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fieldColumn, forEachCsvRecord } from "../../src/lib/data/csv.ts";
import { loadDataPackage, type ResourceSpec } from "../../src/lib/data/datapackage.ts";

export interface Row {
  /** 1-based CSV line the record starts on. */
  line: number;
  cells: string[];
  raw: string;
  /** The record is on one line and its cells can be cut out of `raw` (no embedded newline). */
  single: boolean;
}

export interface CsvFile {
  name: string;
  text: string;
  /** The file's lines, 0-based (`lines[row.line - 1]` is a row's raw text). */
  lines: string[];
  header: string[];
  rows: Row[];
  spec: ResourceSpec;
}

export interface Corpus {
  dir: string;
  files: Map<string, CsvFile>;
}

export function loadCorpus(dir: string): Corpus {
  const resources = loadDataPackage().resources;
  const files = new Map<string, CsvFile>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".csv"))) {
    const spec = resources.find((r) => r.path === name);
    if (!spec) continue;
    const text = readFileSync(join(dir, name), "utf8");
    const rows: Row[] = [];
    const { header } = forEachCsvRecord(text, ({ line, cells, raw }) => {
      rows.push({ line, cells, raw, single: (raw.match(/"/g) ?? []).length % 2 === 0 });
    });
    for (const r of rows) r.single &&= r.cells.length === header.length;
    files.set(name, { name, text, lines: text.split("\n"), header, rows, spec });
  }
  return { dir, files };
}

export function file(corpus: Corpus, name: string): CsvFile {
  const f = corpus.files.get(name);
  if (!f) throw new Error(`no ${name} in ${corpus.dir}`);
  return f;
}

/** Index of a column in a file's header (throws if the data no longer has it). */
export function columnIndex(f: CsvFile, field: string): number {
  const i = f.header.indexOf(field);
  if (i < 0) throw new Error(`${f.name} has no column ${field}`);
  return i;
}

/** A cell's value by column name. */
export const cell = (f: CsvFile, row: Row, field: string): string => row.cells[columnIndex(f, field)] ?? "";

/** 1-based character column of a field in a row (as the validator counts it). */
export const columnOf = (f: CsvFile, row: Row, field: string): number => fieldColumn(row.raw, columnIndex(f, field));

/** Quote a raw CSV field if it needs it. */
export const quoted = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The raw line with field `index` replaced by `rawField` (written as is: the caller quotes). */
export function withField(raw: string, width: number, index: number, rawField: string): string {
  const start = fieldColumn(raw, index) - 1;
  // The next field starts just past the comma that ends this one; the last field ends the line.
  const end = index === width - 1 ? raw.length : fieldColumn(raw, index + 1) - 2;
  return raw.slice(0, start) + rawField + raw.slice(end);
}

/** The file's text with line `line` (1-based) replaced; `null` deletes it; an array inserts several. */
export function withLine(f: CsvFile, line: number, replacement: string | string[] | null): string {
  const lines = [...f.lines];
  lines.splice(line - 1, 1, ...(replacement === null ? [] : [replacement].flat()));
  return lines.join("\n");
}

/** The file's text with one field of one row set to `value` (quoted if needed). */
export function withCell(f: CsvFile, row: Row, field: string, value: string): string {
  return withLine(f, row.line, withField(row.raw, f.header.length, columnIndex(f, field), quoted(value)));
}

/** Money columns (in 万元) of a file, from the schema. */
export const amountFields = (f: CsvFile): string[] =>
  f.spec.schema.fields.filter((x) => x.unit === "万元").map((x) => x.name);

/** Rows that can be edited cell by cell. */
export const singleRows = (f: CsvFile): Row[] => f.rows.filter((r) => r.single);
