/** Corruptions that findings must catch: a figure a finding explains, its checks, a whole report in 元. */
import {
  amountFields,
  cell,
  columnOf,
  file,
  singleRows,
  withCell,
  type Corpus,
  type CsvFile,
  type Row,
} from "./corpus.ts";
import { refuse, type Loc, type MutationKind } from "./kind.ts";
import { FACT_FILES } from "./kinds-amounts.ts";
import { brokenIdentity } from "./where.ts";

const FINDING_WHERE = /^(T\d\d) line (\d+) column (\w+)$/;

/** Findings whose `where_a` names one fact cell, with that cell. */
function pinnedFigures(c: Corpus): { finding: Row; f: CsvFile; row: Row; field: string }[] {
  const findings = file(c, "findings.csv");
  return findings.rows.flatMap((finding) => {
    const m = FINDING_WHERE.exec(cell(findings, finding, "where_a"));
    if (!m || !/^\d+(\.\d+)?$/.test(cell(findings, finding, "value_a"))) return [];
    const [, table, line, field = ""] = m;
    return FACT_FILES.flatMap((name) => {
      const f = file(c, name);
      if (!amountFields(f).includes(field)) return [];
      return singleRows(f)
        .filter(
          (r) =>
            cell(f, r, "document_id") === cell(findings, finding, "document_id") &&
            cell(f, r, "table_id") === table &&
            cell(f, r, "line") === line &&
            cell(f, r, field) === cell(findings, finding, "value_a"),
        )
        .map((row) => ({ finding, f, row, field }));
    });
  });
}

/** A figure that a finding explains, changed by 100: the finding no longer explains the figure printed. */
export const findingFigureKind: MutationKind = {
  name: "finding-covered-figure-changed",
  count: 8,
  make: (c, random) => {
    const pinned = pinnedFigures(c);
    if (!pinned.length) return null;
    const { finding, f, row, field } = random.pick(pinned);
    const findings = file(c, "findings.csv");
    const value = cell(f, row, field);
    const changed = (Number(value) + 100).toFixed(value.split(".")[1]?.length ?? 0);
    return {
      kind: "finding-covered-figure-changed",
      what: `${f.name}:${row.line} ${field} ${value} → ${changed} (explained by findings.csv:${finding.line})`,
      files: { [f.name]: withCell(f, row, field, changed) },
      expect: {
        refuse: [
          {
            rule: "finding-values",
            at: [
              { file: f.name, line: row.line, column: columnOf(f, row, field) },
              { file: findings.name, line: finding.line },
            ],
          },
          ...brokenIdentity(c, f, row, field),
        ],
      },
    };
  },
};

/** The brief's own case: 210311 final T03 headline total 214.04 → 314.04 (findings F08 explain that total). */
export const headlineTotalKind: MutationKind = {
  name: "finding-covered-headline-total",
  count: 1,
  make: (c) => {
    const f = file(c, "functional.csv");
    const row = singleRows(f).find(
      (r) =>
        cell(f, r, "document_id") === "210311-bureau-2024-final" &&
        cell(f, r, "table_id") === "T03" &&
        cell(f, r, "row_kind") === "total" &&
        cell(f, r, "total") === "214.04",
    );
    if (!row) throw new Error("functional.csv no longer has 210311 T03 total 214.04");
    const findings = file(c, "findings.csv");
    const explaining = findings.rows
      .filter(
        (r) =>
          cell(findings, r, "document_id") === "210311-bureau-2024-final" &&
          cell(findings, r, "checks").includes("/T03/"),
      )
      .map((r): Loc => ({ file: findings.name, line: r.line }));
    return {
      kind: "finding-covered-headline-total",
      what: `functional.csv:${row.line} total 214.04 → 314.04`,
      files: { [f.name]: withCell(f, row, "total", "314.04") },
      expect: {
        refuse: [
          {
            rule: "finding-values",
            at: [{ file: f.name, line: row.line, column: columnOf(f, row, "total") }, ...explaining],
          },
          { rule: "identity", at: [{ file: f.name, line: row.line }] },
        ],
      },
    };
  },
};

const withChecks = (c: Corpus) => {
  const findings = file(c, "findings.csv");
  return { findings, rows: singleRows(findings).filter((r) => cell(findings, r, "checks").includes("/")) };
};

/** A finding's check key cut to a wildcard: it would explain any failure that comes along later. */
export const findingWildcardKind: MutationKind = {
  name: "finding-checks-wildcard",
  count: 8,
  make: (c, random) => {
    const { findings, rows } = withChecks(c);
    const row = random.pick(rows);
    const checks = cell(findings, row, "checks");
    const keys = checks.split(";");
    const k = random.int(keys.length);
    const parts = (keys[k] ?? "").trim().split("/");
    const cut = random.int(2) + 2;
    keys[k] = `${parts.slice(0, cut).join("/")}/*`;
    return {
      kind: "finding-checks-wildcard",
      what: `findings.csv:${row.line} checks ${keys[k]}`,
      files: { [findings.name]: withCell(findings, row, "checks", keys.join(";")) },
      expect: refuse(findings.name, row.line, columnOf(findings, row, "checks"), "finding-wildcard"),
    };
  },
};

/** A finding naming a check that does not exist. */
export const findingUnknownCheckKind: MutationKind = {
  name: "finding-checks-unknown",
  count: 6,
  make: (c, random) => {
    const { findings, rows } = withChecks(c);
    const row = random.pick(rows);
    const checks = cell(findings, row, "checks");
    const changed = checks.replace(/\/T(\d\d)\//, (_, n: string) => `/T${String(Number(n) + 40)}/`);
    return {
      kind: "finding-checks-unknown",
      what: `findings.csv:${row.line} checks → ${changed.slice(0, 60)}`,
      files: { [findings.name]: withCell(findings, row, "checks", changed) },
      expect: refuse(findings.name, row.line, columnOf(findings, row, "checks"), "finding-check"),
    };
  },
};

/** Every figure of one document ×10,000 in every fact file (a report in 元 entered as 万元). */
export const documentInYuanKind: MutationKind = {
  name: "document-in-yuan",
  count: 4,
  make: (c, random) => {
    const documents = file(c, "documents.csv");
    const docRow = random.pick(documents.rows);
    const doc = cell(documents, docRow, "document_id");
    const files: Record<string, string> = {};
    for (const name of FACT_FILES) {
      const f = file(c, name);
      let current = f;
      for (const row of singleRows(f).filter((r) => cell(f, r, "document_id") === doc)) {
        let raw = row.raw;
        for (const field of amountFields(f)) {
          const value = cell(f, row, field);
          if (!/^\d+(\.\d+)?$/.test(value)) continue;
          const scaled = (Number(value) * 10000).toFixed(2);
          current = { ...current, lines: withCell({ ...current }, { ...row, raw }, field, scaled).split("\n") };
          raw = current.lines[row.line - 1] ?? raw;
        }
      }
      files[name] = current.lines.join("\n");
    }
    const at: Loc[] = [
      { file: documents.name, line: docRow.line },
      ...FACT_FILES.flatMap((name) => {
        const f = file(c, name);
        return f.rows.filter((r) => cell(f, r, "document_id") === doc).map((r) => ({ file: name, line: r.line }));
      }),
    ];
    return {
      kind: "document-in-yuan",
      what: `${doc}: every figure ×10,000`,
      files,
      expect: { refuse: ["money-unit", "money-unit-narrative", "money-unit-plausible"].map((rule) => ({ rule, at })) },
    };
  },
};
