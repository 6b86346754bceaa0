/** Corruptions of a row's scope: a combined figure tagged to one body, a row tagged to a body outside its report. */
import { cell, columnOf, file, singleRows, withCell, type Corpus } from "./corpus.ts";
import { refuse, type MutationKind } from "./kind.ts";
import type { Rng } from "./prng.ts";

const scopeOf = (c: Corpus, documentId: string): string[] => {
  const docs = file(c, "documents.csv");
  const row = docs.rows.find((r) => cell(docs, r, "document_id") === documentId);
  return row ? cell(docs, row, "scope_units").split(";") : [];
};

/** 001 公开02表's combined rows (261, 263, 264: bureau + centre) tagged to one of the two bodies. */
export const combinedToBodyKind: MutationKind = {
  name: "combined-to-body",
  count: 3,
  make: (c: Corpus, random: Rng) => {
    const f = file(c, "summary.csv");
    const rows = singleRows(f).filter(
      (r) =>
        cell(f, r, "item") === "by_code" &&
        cell(f, r, "column") === "total" &&
        cell(f, r, "subunit_id") === "" &&
        scopeOf(c, cell(f, r, "document_id")).length > 1,
    );
    if (!rows.length) return null;
    const row = random.pick(rows);
    const body = random.pick(scopeOf(c, cell(f, row, "document_id")));
    return {
      kind: "combined-to-body",
      what: `${f.name}:${row.line} subunit_id "" → ${body}`,
      files: { [f.name]: withCell(f, row, "subunit_id", body) },
      expect: refuse(f.name, row.line, columnOf(f, row, "subunit_id"), "combined-tagged-to-body"),
    };
  },
};

/** A fact row tagged to a real body its report does not cover (another unit of units.csv). */
export const subunitOutOfScopeKind: MutationKind = {
  name: "subunit-out-of-scope",
  count: 5,
  make: (c: Corpus, random: Rng) => {
    const f = file(c, random.pick(["functional.csv", "economic.csv", "summary.csv"]));
    const row = random.pick(singleRows(f));
    const scope = scopeOf(c, cell(f, row, "document_id"));
    const units = file(c, "units.csv");
    const others = units.rows.map((r) => cell(units, r, "unit_id")).filter((u) => !scope.includes(u));
    if (!others.length) return null;
    const body = random.pick(others);
    return {
      kind: "subunit-out-of-scope",
      what: `${f.name}:${row.line} subunit_id → ${body}`,
      files: { [f.name]: withCell(f, row, "subunit_id", body) },
      expect: refuse(f.name, row.line, columnOf(f, row, "subunit_id"), "subunit-scope"),
    };
  },
};
