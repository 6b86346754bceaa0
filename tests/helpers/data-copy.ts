/**
 * Copies of data/ (or of the tests/fixtures/valid-mini data set) in temporary directories, each with a few exact
 * edits: the tests of the rules that refuse a corrupted dataset start from valid data and break one thing.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect } from "vitest";
import Papa from "papaparse";
import { loadDataPackage } from "../../src/lib/data/datapackage.ts";
import type { ValidationError } from "../../src/lib/data/types.ts";

export const DATA = fileURLToPath(new URL("../../data", import.meta.url));
/** One unit, one budget document, figures computed by hand (tests/fixtures/valid-mini). */
export const MINI = fileURLToPath(new URL("../fixtures/valid-mini", import.meta.url));
/** The plain-text reports (../shared/seeds beside the repository, as `npm run validate -- --sources` takes them). */
export const SOURCES = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
/** The source-text cases need the texts; elsewhere (a clone without them) they are skipped, never passed. */
export const HAVE_SOURCES = existsSync(SOURCES);

/** One edit: replace the single occurrence of `from` in `file` by `to`. */
export type Edit = [file: string, from: string, to: string];

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of data/ (its CSVs), or of another data set, in a temporary directory. */
export function copyData(from = DATA): string {
  const dir = mkdtempSync(join(tmpdir(), "yibao-refuse-"));
  made.push(dir);
  cpSync(from, dir, { recursive: true, filter: (src) => !src.includes("curation") });
  return dir;
}

/** Replace the single occurrence of `from` in `file` (fails loudly if data/ no longer has it exactly once). */
export function edit(dir: string, [file, from, to]: Edit): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" exactly once, found ${count}`);
  writeFileSync(path, text.replace(from, to));
}

/** A copy of data/ with the edits applied. */
export function corrupt(...edits: Edit[]): string {
  const dir = copyData();
  for (const e of edits) edit(dir, e);
  return dir;
}

/** A copy of valid-mini with the edits applied. */
export function corruptMini(...edits: Edit[]): string {
  const dir = copyData(MINI);
  for (const e of edits) edit(dir, e);
  return dir;
}

/** Rewrite every money (万元) cell of one document's fact rows multiplied by `factor`: a report typed in 元. */
export function scaleDocument(dir: string, documentId: string, factor: number, resources: string[]): void {
  for (const res of loadDataPackage().resources.filter((r) => resources.includes(r.name))) {
    const path = join(dir, res.path);
    const money = new Set(res.schema.fields.flatMap((f, i) => (f.unit === "万元" ? [i] : [])));
    const [header = [], ...rows] = Papa.parse<string[]>(readFileSync(path, "utf8"), { skipEmptyLines: true }).data;
    // performance.csv holds figures of several units in one column: its 万元 rows say so in `unit`.
    const value = header.indexOf("value");
    const unit = header.indexOf("unit");
    const isMoney = (cells: string[], i: number) =>
      res.name === "performance" ? i === value && cells[unit] === "万元" : money.has(i);
    const scaled = rows.map((cells) =>
      cells[0] === documentId
        ? cells.map((c, i) => (isMoney(cells, i) && c !== "" ? String(Math.round(Number(c) * factor)) : c))
        : cells,
    );
    writeFileSync(path, `${Papa.unparse([header, ...scaled], { newline: "\n" })}\n`);
  }
}

/** Errors with the file reduced to its basename, for exact comparison. */
export const errorsOf = (errors: ValidationError[]) => errors.map((e) => ({ ...e, file: basename(e.file) }));

/** An expected error: exact file, line, column and rule; the message must contain `message`. */
export const error = (file: string, line: number, column: number, rule: string, message: string) => ({
  file,
  line,
  column,
  rule,
  message: expect.stringContaining(message) as unknown as string,
});
