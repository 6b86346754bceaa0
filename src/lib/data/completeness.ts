import type { Dataset, TableRole } from "./model.ts";
import type { FACT_RESOURCES } from "./consistency.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

/**
 * tables.csv `rows` counts one fact file per table: the indicator rows and the project tables' total rows are not
 * in it (it counts the performance.csv figures and the projects of those tables).
 */
type FactResource = Exclude<(typeof FACT_RESOURCES)[number], "performance_indicators" | "project_totals">;

/** The fact file each table role is transcribed into (data/curation/TRANSCRIPTION-SPEC.md); other roles have none. */
export const FACT_FILE_OF_ROLE: Partial<Record<TableRole, FactResource>> = {
  summary: "summary",
  revenue: "summary",
  fiscal_summary: "summary",
  expenditure: "functional",
  functional_gpb: "functional",
  functional_other: "functional",
  economic: "economic",
  economic_other: "economic",
  three_public: "three_public",
  projects: "projects",
  performance_overall: "performance",
  performance_project: "performance",
  performance_self_evaluation: "performance",
};

/**
 * Every printed table with a fact file has its fact rows counted in tables.csv (`rows`, counted from the source
 * text): a lost or an extra row, or a fact file cut to its header, is an error; a table printed empty has none.
 */
export function checkCompleteness(
  data: Dataset,
  errors: ValidationError[],
  at: LocateRow,
  files: {
    /** The path errors name for a fact file. */
    fileOf: (name: FactResource) => string;
    /** False when some rows of the file could not be read (already reported): its counts are not checked. */
    readable: (name: FactResource) => boolean;
  },
): void {
  const counts = new Map<string, number>();
  for (const name of new Set(Object.values(FACT_FILE_OF_ROLE)))
    for (const r of data[name] as { document_id: string; table_id: string }[]) {
      const key = `${name}|${r.document_id}|${r.table_id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const expectedPerFile = new Map<FactResource, number>();
  data.tables.forEach((t, i) => {
    const name = FACT_FILE_OF_ROLE[t.role];
    if (!name || !files.readable(name)) return;
    const have = counts.get(`${name}|${t.document_id}|${t.table_id}`) ?? 0;
    if (t.rows === null) {
      if (t.status !== "not_in_document")
        errors.push({
          ...at("tables", i, "rows"),
          rule: "row-count",
          message: `${t.document_id} ${t.table_id} is printed (${t.status}) but tables.csv does not say how many ${name}.csv rows it has`,
        });
      return;
    }
    // One representation of a table printed with no data rows: its status, and no placeholder fact rows.
    if (t.status === "printed_empty" && have > 0) {
      errors.push({
        ...at("tables", i, "status"),
        rule: "printed-empty",
        message: `${t.document_id} ${t.table_id} is printed empty but has ${have} rows in ${name}.csv: a table with no data rows has none (its rows count is 0)`,
      });
      return;
    }
    expectedPerFile.set(name, (expectedPerFile.get(name) ?? 0) + t.rows);
    if (have !== t.rows)
      errors.push({
        ...at("tables", i, "rows"),
        rule: "row-count",
        message: `${t.document_id} ${t.table_id} has ${have} rows in ${name}.csv but tables.csv counts ${t.rows} in the source text (${have < t.rows ? "rows lost" : "rows added"})`,
      });
  });
  for (const [name, expected] of expectedPerFile)
    if (expected > 0 && data[name].length === 0)
      errors.push({
        file: files.fileOf(name),
        line: 1,
        column: 1,
        rule: "empty-resource",
        message: `${name}.csv holds only its header, but tables.csv counts ${expected} rows for its tables`,
      });
}
