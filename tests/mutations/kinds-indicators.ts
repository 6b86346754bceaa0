/**
 * Corruptions of data/performance_indicators.csv (a changed score or weight, a bad degree, a wrong sheet) and of
 * data/project_totals.csv (a changed total).
 */
import { cell, columnOf, file, singleRows, withCell, type Corpus, type CsvFile, type Row } from "./corpus.ts";
import { refuse, type Loc, type MutationKind } from "./kind.ts";

const NAME = "performance_indicators.csv";

/**
 * A changed 分值 or 得分 breaks an indicator identity: reported at an indicator row of its document (checks are keyed
 * on the row, or on a sheet's first row), at a performance.csv row (a sheet's printed total), or at a finding whose
 * recorded figures no longer match.
 */
function broken(c: Corpus, f: CsvFile, row: Row) {
  const doc = cell(f, row, "document_id");
  const inDoc = (g: CsvFile) => g.rows.filter((r) => r.single && cell(g, r, "document_id") === doc);
  const performance = file(c, "performance.csv");
  const findings = file(c, "findings.csv");
  const at: Loc[] = [
    ...inDoc(f).map((r) => ({ file: f.name, line: r.line })),
    ...inDoc(performance).map((r) => ({ file: performance.name, line: r.line })),
  ];
  return [
    { rule: "identity", at },
    { rule: "rounding", at },
    { rule: "finding-values", at: [...at, ...inDoc(findings).map((r) => ({ file: findings.name, line: r.line }))] },
    { rule: "finding-check", at: inDoc(findings).map((r) => ({ file: findings.name, line: r.line })) },
  ];
}

/** Rows whose `field` holds a figure. */
const withFigure = (f: CsvFile, field: string) =>
  singleRows(f).filter((r) => /^\d+(\.\d+)?$/.test(cell(f, r, field)) && Number(cell(f, r, field)) > 0);

/** Change the leading digit of a 分值 or 得分. */
export const indicatorDigitKind: MutationKind = {
  name: "digit-leading:performance_indicators.csv",
  count: 10,
  make: (c, random) => {
    const f = file(c, NAME);
    const field = random.pick(["weight", "score"]);
    const row = random.pick(withFigure(f, field));
    const value = cell(f, row, field);
    const first = value[0] ?? "1";
    const digits = "123456789".replace(first, "");
    const changed = (digits[random.int(digits.length)] ?? "9") + value.slice(1);
    return {
      kind: "digit-leading:performance_indicators.csv",
      what: `${NAME}:${row.line} ${field} ${value} → ${changed}`,
      files: { [NAME]: withCell(f, row, field, changed) },
      expect: { refuse: broken(c, f, row) },
    };
  },
};

/** A 完成程度 whose percent sign is lost ("100%" → "100"): not a degree. */
export const indicatorCompletionKind: MutationKind = {
  name: "indicator-completion-unreadable",
  count: 3,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(singleRows(f).filter((r) => cell(f, r, "completion").endsWith("%")));
    const value = cell(f, row, "completion");
    return {
      kind: "indicator-completion-unreadable",
      what: `${NAME}:${row.line} completion ${value} → ${value.slice(0, -1)}`,
      files: { [NAME]: withCell(f, row, "completion", value.slice(0, -1)) },
      expect: refuse(NAME, row.line, columnOf(f, row, "completion"), "performance-indicator-completion"),
    };
  },
};

/** An indicator row given a project its table does not have (a slip in the name). */
export const indicatorProjectKind: MutationKind = {
  name: "indicator-project-unknown",
  count: 3,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(singleRows(f).filter((r) => cell(f, r, "project") !== ""));
    const value = cell(f, row, "project");
    const changed = value.slice(0, -1);
    return {
      kind: "indicator-project-unknown",
      what: `${NAME}:${row.line} project ${value} → ${changed}`,
      files: { [NAME]: withCell(f, row, "project", changed) },
      expect: refuse(NAME, row.line, columnOf(f, row, "project"), "performance-indicator-project"),
    };
  },
};

/** A row of one body's sheet given to the other body of a consolidated report. */
export const indicatorSubunitKind: MutationKind = {
  name: "indicator-subunit-swapped",
  count: 2,
  make: (c, random) => {
    const f = file(c, NAME);
    const row = random.pick(singleRows(f).filter((r) => cell(f, r, "subunit_id") !== ""));
    const value = cell(f, row, "subunit_id");
    const changed = value.endsWith("-bureau")
      ? value.replace(/-bureau$/, "-centre")
      : value.replace(/-centre$/, "-bureau");
    return {
      kind: "indicator-subunit-swapped",
      what: `${NAME}:${row.line} subunit_id ${value} → ${changed}`,
      files: { [NAME]: withCell(f, row, "subunit_id", changed) },
      expect: refuse(NAME, row.line, columnOf(f, row, "subunit_id"), "performance-indicator-subunit"),
    };
  },
};

/** A row's source line moved past its table's last line (a row of a sheet with no check, so only the line breaks). */
export const indicatorLineKind: MutationKind = {
  name: "indicator-line-outside-table",
  count: 3,
  make: (c, random) => {
    const f = file(c, NAME);
    const tables = file(c, "tables.csv");
    const row = random.pick(singleRows(f).filter((r) => cell(f, r, "weight") === "" && cell(f, r, "target") !== ""));
    const table = tables.rows.find(
      (t) =>
        cell(tables, t, "document_id") === cell(f, row, "document_id") &&
        cell(tables, t, "table_id") === cell(f, row, "table_id"),
    );
    if (!table) return null;
    const changed = String(Number(cell(tables, table, "line_end")) + 1);
    return {
      kind: "indicator-line-outside-table",
      what: `${NAME}:${row.line} line ${cell(f, row, "line")} → ${changed}`,
      files: { [NAME]: withCell(f, row, "line", changed) },
      expect: refuse(NAME, row.line, columnOf(f, row, "line"), "line-range"),
    };
  },
};

/**
 * Change the leading digit of a project table's 合计 or unit-row figure: refused at that row (the checks are keyed on
 * it) or at the functional table's total row it is compared with.
 */
export const projectTotalDigitKind: MutationKind = {
  name: "digit-leading:project_totals.csv",
  count: 6,
  make: (c, random) => {
    const f = file(c, "project_totals.csv");
    const field = random.pick(["amount", "amount_current_year", "amount_general_budget"]);
    const row = random.pick(withFigure(f, field));
    const value = cell(f, row, field);
    const first = value[0] ?? "1";
    const digits = "123456789".replace(first, "");
    const changed = (digits[random.int(digits.length)] ?? "9") + value.slice(1);
    const functional = file(c, "functional.csv");
    const doc = cell(f, row, "document_id");
    return {
      kind: "digit-leading:project_totals.csv",
      what: `project_totals.csv:${row.line} ${field} ${value} → ${changed}`,
      files: { "project_totals.csv": withCell(f, row, field, changed) },
      expect: {
        refuse: [
          {
            rule: "identity",
            at: [
              { file: f.name, line: row.line },
              ...functional.rows
                .filter((r) => r.single && cell(functional, r, "document_id") === doc)
                .map((r) => ({ file: functional.name, line: r.line })),
            ],
          },
        ],
      },
    };
  },
};

export const indicatorKinds: MutationKind[] = [
  projectTotalDigitKind,
  indicatorDigitKind,
  indicatorCompletionKind,
  indicatorProjectKind,
  indicatorSubunitKind,
  indicatorLineKind,
];
