/** Corruptions of data/performance.csv: a changed figure, a figure given to an illegible cell, a wrong unit. */
import { cell, columnOf, file, singleRows, withCell, type Corpus, type CsvFile, type Row } from "./corpus.ts";
import { refuse, type Loc, type MutationKind, type Refusal } from "./kind.ts";

const NAME = "performance.csv";

/** Rows with a positive figure, status value. */
const figures = (f: CsvFile): Row[] =>
  singleRows(f).filter(
    (r) =>
      cell(f, r, "status") === "value" && /^\d+(\.\d+)?$/.test(cell(f, r, "value")) && Number(cell(f, r, "value")) > 0,
  );

/**
 * A changed performance figure breaks an identity, reported at the performance row the check is keyed on (a row
 * of the same document: the identities compare rows across its sheets), at the functional table's total row
 * (compared with it), at the projects table (a project's amount), or at a finding that no longer matches.
 */
function brokenPerformance(c: Corpus, f: CsvFile, row: Row): Refusal[] {
  const doc = cell(f, row, "document_id");
  const inDoc = (g: CsvFile) => g.rows.filter((r) => r.single && cell(g, r, "document_id") === doc);
  const functional = file(c, "functional.csv");
  const projects = file(c, "projects.csv");
  const findings = file(c, "findings.csv");
  const at: Loc[] = [
    ...inDoc(f).map((r) => ({ file: f.name, line: r.line, column: columnOf(f, r, "value") })),
    ...inDoc(functional).map((r) => ({ file: functional.name, line: r.line })),
    ...inDoc(projects).map((r) => ({ file: projects.name, line: r.line })),
  ];
  const checks = inDoc(findings)
    .filter((r) => cell(findings, r, "checks") !== "")
    .map((r) => ({ file: findings.name, line: r.line, column: columnOf(findings, r, "checks") }));
  return [
    { rule: "identity", at },
    { rule: "finding-values", at: [...at, ...checks.map((l) => ({ file: l.file, line: l.line }))] },
    { rule: "finding-check", at: checks },
  ];
}

/** Change the leading digit of a performance figure (a budget, a spending, a rate or a score). */
export const performanceDigitKind: MutationKind = {
  name: "digit-leading:performance.csv",
  count: 8,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(figures(f));
    const value = cell(f, row, "value");
    const first = value[0] ?? "1";
    const digits = "123456789".replace(first, "");
    const changed = (digits[random.int(digits.length)] ?? "9") + value.slice(1);
    return {
      kind: "digit-leading:performance.csv",
      what: `${NAME}:${row.line} value ${value} → ${changed}`,
      files: { [NAME]: withCell(f, row, "value", changed) },
      expect: { refuse: brokenPerformance(c, f, row) },
    };
  },
};

/** Mark a figure illegible while keeping its value: an illegible cell must have none. */
export const performanceStatusKind: MutationKind = {
  name: "performance-illegible-with-value",
  count: 4,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(figures(f));
    return {
      kind: "performance-illegible-with-value",
      what: `${NAME}:${row.line} status value → illegible (value ${cell(f, row, "value")} kept)`,
      files: { [NAME]: withCell(f, row, "status", "illegible") },
      expect: refuse(NAME, row.line, columnOf(f, row, "value"), "performance-status"),
    };
  },
};

/** Give a guessed figure to an illegible cell (status left illegible). */
export const performanceGuessKind: MutationKind = {
  name: "performance-illegible-guessed",
  count: 4,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(singleRows(f).filter((r) => cell(f, r, "status") === "illegible"));
    return {
      kind: "performance-illegible-guessed",
      what: `${NAME}:${row.line} illegible ${cell(f, row, "printed")} given value 8.45`,
      files: { [NAME]: withCell(f, row, "value", "8.45") },
      expect: refuse(NAME, row.line, columnOf(f, row, "value"), "performance-status"),
    };
  },
};

/** A rate recorded in 万元 (or a budget in %): the unit follows the item. */
export const performanceUnitKind: MutationKind = {
  name: "performance-unit",
  count: 4,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(singleRows(f));
    const unit = cell(f, row, "unit");
    const changed = unit === "万元" ? "%" : "万元";
    return {
      kind: "performance-unit",
      what: `${NAME}:${row.line} unit ${unit} → ${changed}`,
      files: { [NAME]: withCell(f, row, "unit", changed) },
      expect: refuse(NAME, row.line, columnOf(f, row, "unit"), "performance-unit"),
    };
  },
};

export const performanceKinds: MutationKind[] = [
  performanceDigitKind,
  performanceStatusKind,
  performanceGuessKind,
  performanceUnitKind,
];
