/** Where the validator may rightly point at a corruption that breaks a sum rather than a cell. */
import { cell, columnOf, file, type Corpus, type CsvFile, type Row } from "./corpus.ts";
import type { Loc, Refusal } from "./kind.ts";

/** Rows of the same document and table (the table the figure is printed in). */
export const sameTable = (f: CsvFile, row: Row): Row[] =>
  f.rows.filter(
    (r) =>
      r.single &&
      cell(f, r, "document_id") === cell(f, row, "document_id") &&
      (!f.header.includes("table_id") || cell(f, r, "table_id") === cell(f, row, "table_id")),
  );

/**
 * A changed figure breaks an identity, reported at the identity's printed total: a cell of the changed row, a cell
 * of the same column in the same table (the parent or total row), or the document's functional total row (the
 * cross-table checks); or it leaves rows under a changed code without their parent; or it changes a sum a finding explains (the finding's values no longer match); or it makes a check that a finding records pass (reported at that finding's checks cell).
 */
export function brokenIdentity(c: Corpus, f: CsvFile, row: Row, field: string, shift = 0): Refusal[] {
  const doc = cell(f, row, "document_id");
  const moved = (r: Row) => (shift && r.line > row.line ? r.line + shift : r.line);
  const functional = file(c, "functional.csv");
  const findings = file(c, "findings.csv");
  const performance = file(c, "performance.csv");
  const at: Loc[] = [
    { file: f.name, line: row.line },
    ...sameTable(f, row).map((r) => ({ file: f.name, line: moved(r), column: columnOf(f, r, field) })),
    ...functional.rows
      .filter((r) => cell(functional, r, "document_id") === doc && cell(functional, r, "row_kind") === "total")
      .map((r) => ({ file: functional.name, line: f === functional ? moved(r) : r.line })),
    // The performance tables compare their budgets with the projects and the functional totals: such a check is
    // keyed on (and reported at) the performance row.
    ...performance.rows
      .filter((r) => r.single && cell(performance, r, "document_id") === doc)
      .map((r) => ({ file: performance.name, line: r.line, column: columnOf(performance, r, "value") })),
  ];
  const checks = findings.rows
    .filter((r) => r.single && cell(findings, r, "document_id") === doc && cell(findings, r, "checks") !== "")
    .map((r) => ({ file: findings.name, line: r.line, column: columnOf(findings, r, "checks") }));
  // A changed or deleted 类/款 leaves the rows under it without their parent.
  const orphans = f.header.includes("code")
    ? sameTable(f, row).map((r) => ({ file: f.name, line: moved(r), column: columnOf(f, r, "code") }))
    : [];
  const findingRows = checks.map((l) => ({ file: l.file, line: l.line }));
  return [
    { rule: "identity", at },
    // A change within the 尾差 tolerance: an exact check becomes an unrecorded 尾差, or a recorded one changes values.
    { rule: "rounding", at },
    // A figure in a sum that a finding explains: the finding no longer matches the values printed.
    { rule: "finding-values", at: [...at, ...findingRows] },
    { rule: "finding-check", at: checks },
    { rule: "orphan-code", at: orphans },
    // A figure unpaired.csv lists (no partner in its report) is refused where it was blanked or moved.
    { rule: "unpaired", at: [{ file: f.name, line: row.line, column: columnOf(f, row, field) }] },
  ];
}
