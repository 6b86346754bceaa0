/** Corruptions of whole rows and files: delete, duplicate, header only, a changed code, id or source line. */
import { cell, columnOf, file, singleRows, withCell, withLine, type Corpus, type CsvFile } from "./corpus.ts";
import { refuse, type Loc, type MutationKind, type Refusal } from "./kind.ts";
import { FACT_FILES } from "./kinds-amounts.ts";
import { brokenIdentity } from "./where.ts";

/** The tables.csv row of a fact row's table (a missing or extra row is reported against the expected count). */
function tableRow(c: Corpus, doc: string, table: string): Loc[] {
  const t = file(c, "tables.csv");
  return t.rows
    .filter((r) => cell(t, r, "document_id") === doc && cell(t, r, "table_id") === table)
    .map((r) => ({ file: t.name, line: r.line }));
}

export const deleteRowKind: MutationKind = {
  name: "row-delete",
  count: 16,
  make: (c, random) => {
    const f = file(c, random.pick(FACT_FILES));
    const row = random.pick(singleRows(f));
    const field = f.name === "functional.csv" || f.name === "economic.csv" ? "total" : "amount";
    const rowCount: Refusal = {
      rule: "row-count",
      at: tableRow(c, cell(f, row, "document_id"), cell(f, row, "table_id")),
    };
    return {
      kind: "row-delete",
      what: `${f.name}:${row.line} deleted (${row.raw.slice(0, 60)})`,
      files: { [f.name]: withLine(f, row.line, null) },
      expect: { refuse: [...brokenIdentity(c, f, row, field, -1), rowCount] },
    };
  },
};

export const duplicateRowKind: MutationKind = {
  name: "row-duplicate",
  count: 12,
  make: (c, random) => {
    const f = file(c, random.pick([...FACT_FILES, "claims.csv", "findings.csv", "tables.csv"]));
    const row = random.pick(singleRows(f));
    return {
      kind: "row-duplicate",
      what: `${f.name}:${row.line} duplicated`,
      files: { [f.name]: withLine(f, row.line, [row.raw, row.raw]) },
      expect: refuse(f.name, row.line + 1, columnOf(f, row, f.spec.schema.primaryKey[0] ?? ""), "unique"),
    };
  },
};

/** Every row of a fact file removed, the header kept: the tables that say they have rows there have none. */
export const headerOnlyKind: MutationKind = {
  name: "header-only-fact-file",
  count: FACT_FILES.length,
  make: (c, random) => {
    const f = file(c, random.pick(FACT_FILES));
    const t = file(c, "tables.csv");
    const findings = file(c, "findings.csv");
    return {
      kind: "header-only-fact-file",
      what: `${f.name} header only`,
      files: { [f.name]: `${f.lines[0] ?? ""}\n` },
      expect: {
        refuse: [
          { rule: "row-count", at: t.rows.map((r) => ({ file: t.name, line: r.line })) },
          { rule: "empty-resource", at: [{ file: f.name, line: 1, column: 1 }] },
          {
            rule: "finding-check",
            at: findings.rows.map((r) => ({
              file: findings.name,
              line: r.line,
              column: columnOf(findings, r, "checks"),
            })),
          },
        ],
      },
    };
  },
};

const codedRows = (f: CsvFile) => singleRows(f).filter((r) => /^\d{5,7}$/.test(cell(f, r, "code")));

/** A 款/项 code moved under a 类 that the table does not print: its parent is missing. */
export const codeClassKind: MutationKind = {
  name: "code-class-changed",
  count: 10,
  make: (c, random) => {
    const f = file(c, random.pick(["functional.csv", "economic.csv"]));
    const row = random.pick(codedRows(f));
    const code = cell(f, row, "code");
    const changed = (f.name === "functional.csv" ? "219" : "319") + code.slice(3);
    return {
      kind: "code-class-changed",
      what: `${f.name}:${row.line} code ${code} → ${changed}`,
      files: { [f.name]: withCell(f, row, "code", changed) },
      expect: {
        refuse: [
          { rule: "orphan-code", at: [{ file: f.name, line: row.line, column: columnOf(f, row, "code") }] },
          // The code no longer matches the code as printed beside it.
          { rule: "code-printed", at: [{ file: f.name, line: row.line, column: columnOf(f, row, "code") }] },
          ...brokenIdentity(c, f, row, "total"),
        ],
      },
    };
  },
};

/** The last digit of a 款/项 code changed: the parent still exists, so only the printed code can tell. */
export const codeLastDigitKind: MutationKind = {
  name: "code-last-digit-changed",
  count: 8,
  make: (c, random) => {
    const f = file(c, random.pick(["functional.csv", "economic.csv"]));
    const row = random.pick(codedRows(f));
    const code = cell(f, row, "code");
    if (cell(f, row, "code_printed") !== code) return null;
    const changed = code.slice(0, -1) + String((Number(code.slice(-1)) + 1) % 10);
    return {
      kind: "code-last-digit-changed",
      what: `${f.name}:${row.line} code ${code} → ${changed} (code_printed ${code})`,
      files: { [f.name]: withCell(f, row, "code", changed) },
      expect: {
        refuse: [
          { rule: "code-printed", at: [{ file: f.name, line: row.line, column: columnOf(f, row, "code") }] },
          ...brokenIdentity(c, f, row, "total"),
        ],
      },
    };
  },
};

const docIds = (c: Corpus) => file(c, "documents.csv").rows.map((r) => r.cells[0] ?? "");

/** A fact row's document id with another year: no such document (and table). */
export const documentUnknownKind: MutationKind = {
  name: "document-id-unknown",
  count: 8,
  make: (c, random) => {
    const f = file(c, random.pick([...FACT_FILES, "claims.csv"]));
    const row = random.pick(singleRows(f));
    const doc = cell(f, row, "document_id");
    const changed = doc.replace(/-(\d{4})-/, (_, y: string) => `-${Number(y) - 1}-`);
    const fk = f.spec.schema.foreignKeys.find((k) => k.fields.includes("document_id"));
    return {
      kind: "document-id-unknown",
      what: `${f.name}:${row.line} document_id ${doc} → ${changed}`,
      files: { [f.name]: withCell(f, row, "document_id", changed) },
      expect: refuse(f.name, row.line, columnOf(f, row, fk?.fields.at(-1) ?? "document_id"), "foreign-key"),
    };
  },
};

/** A fact row moved to another existing document: its source line falls outside that document's table. */
export const documentOtherKind: MutationKind = {
  name: "document-id-other",
  count: 8,
  make: (c, random) => {
    const f = file(c, random.pick(["functional.csv", "economic.csv", "summary.csv"]));
    const row = random.pick(singleRows(f));
    const doc = cell(f, row, "document_id");
    const changed = random.pick(docIds(c).filter((d) => d !== doc));
    const field = f.name === "summary.csv" ? "amount" : "total";
    const text = withCell(f, row, "document_id", changed);
    // Columns after the id move with its length: located in the changed line.
    const moved = { ...row, raw: text.split("\n")[row.line - 1] ?? "" };
    const table = cell(f, row, "table_id");
    return {
      kind: "document-id-other",
      what: `${f.name}:${row.line} document_id ${doc} → ${changed}`,
      files: { [f.name]: text },
      expect: {
        refuse: [
          { rule: "line-range", at: [{ file: f.name, line: row.line, column: columnOf(f, moved, "line") }] },
          // Both tables' row counts change.
          { rule: "row-count", at: [...tableRow(c, doc, table), ...tableRow(c, changed, table)] },
          { rule: "foreign-key", at: [{ file: f.name, line: row.line }] },
          { rule: "unique", at: [{ file: f.name, line: row.line }] },
          // Moved into a much smaller document, its figures are 10× that document's total.
          ...["money-unit", "money-unit-plausible"].map((rule) => ({ rule, at: [{ file: f.name, line: row.line }] })),
          ...brokenIdentity(c, f, row, field),
        ],
      },
    };
  },
};

/** A fact row's source line changed to one outside its table's printed range. */
function lineKind(
  name: string,
  count: number,
  target: (c: Corpus, doc: string, table: string, line: number) => number | null,
): MutationKind {
  return {
    name,
    count,
    make: (c, random) => {
      const f = file(c, random.pick(FACT_FILES));
      const row = random.pick(singleRows(f));
      const [doc, table, line] = ["document_id", "table_id", "line"].map((x) => cell(f, row, x)) as [
        string,
        string,
        string,
      ];
      const changed = target(c, doc, table, Number(line));
      if (changed === null) return null;
      const col = columnOf(f, row, "line");
      return {
        kind: name,
        what: `${f.name}:${row.line} line ${line} → ${changed}`,
        files: { [f.name]: withCell(f, row, "line", String(changed)) },
        expect: {
          refuse: [
            { rule: "line-range", at: [{ file: f.name, line: row.line, column: col }] },
            { rule: "unique", at: [{ file: f.name, line: row.line }] },
          ],
        },
      };
    },
  };
}

export const lineKinds: MutationKind[] = [
  lineKind("line-far-away", 8, () => 999999),
  lineKind("line-in-other-table", 8, (c, doc, table) => {
    const t = file(c, "tables.csv");
    const other = t.rows.find(
      (r) =>
        cell(t, r, "document_id") === doc &&
        cell(t, r, "table_id") !== table &&
        cell(t, r, "line_start") !== "" &&
        cell(t, r, "line_end") !== "",
    );
    return other ? Number(cell(t, other, "line_start")) : null;
  }),
];

/** documents.csv: a year or stage that the document id contradicts. */
export const documentFieldKind: MutationKind = {
  name: "document-year-or-stage-mismatch",
  count: 6,
  make: (c, random) => {
    const f = file(c, "documents.csv");
    const row = random.pick(f.rows);
    const field = random.pick(["fiscal_year", "stage"]);
    const value = cell(f, row, field);
    const changed = field === "stage" ? (value === "budget" ? "final" : "budget") : String(Number(value) - 1);
    return {
      kind: "document-year-or-stage-mismatch",
      what: `documents.csv:${row.line} ${field} ${value} → ${changed}`,
      files: { [f.name]: withCell(f, row, field, changed) },
      // The id disagrees with the row: at the id or at the field that disagrees.
      expect: {
        refuse: [
          {
            rule: "document-id",
            at: [field, "document_id"].map((x) => ({ file: f.name, line: row.line, column: columnOf(f, row, x) })),
          },
        ],
      },
    };
  },
};

/** units.csv: a division code that the unit id contradicts. */
export const unitDivisionKind: MutationKind = {
  name: "unit-division-mismatch",
  count: 5,
  make: (c, random) => {
    const f = file(c, "units.csv");
    const row = random.pick(f.rows);
    const value = cell(f, row, "division_code");
    const changed = value.slice(0, -1) + String((Number(value.slice(-1)) + 1) % 10);
    return {
      kind: "unit-division-mismatch",
      what: `units.csv:${row.line} division_code ${value} → ${changed}`,
      files: { [f.name]: withCell(f, row, "division_code", changed) },
      expect: refuse(f.name, row.line, columnOf(f, row, "division_code"), "unit-division"),
    };
  },
};
