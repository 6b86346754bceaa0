import type { Dataset, FunctionalRow, SummaryRow } from "./model.ts";
import { FUNCTIONAL_ROLES, headlineTable } from "./facts.ts";
import { groupBy } from "./group.ts";

/**
 * A consolidated (汇总) report's by-code list and the rows of its headline functional table that each body prints
 * for the same code: 001 公开02表 prints codes cut to 4 digits and names cut short (2101 其他行政事业单位), 公开05表
 * prints them whole and body by body (2101199 其他行政事业单位医疗支出, once for the bureau, once for the centre).
 */
export interface BodyMatch {
  /** The by-code row (its `total` column). */
  row: SummaryRow;
  /** The functional item rows of every body printing the same code and name. */
  bodyRows: FunctionalRow[];
}

type DocumentRows = Pick<Dataset, "tables" | "functional" | "summary">;

/** Whether a functional item is the row a truncated code and name stand for. */
const stands = (code: string, name: string) => (f: FunctionalRow) =>
  !!f.code && !!f.name && f.code.startsWith(code) && f.name.startsWith(name);

/** Every by-code row of one consolidated document with the body rows it stands for (none: no match found). */
export function matchBodyRows(data: DocumentRows, documentId: string): BodyMatch[] {
  const tables = data.tables.filter((t) => t.document_id === documentId);
  const fTable = headlineTable(tables, FUNCTIONAL_ROLES)?.table_id;
  if (!fTable) return [];
  const items = data.functional.filter(
    (r) => r.document_id === documentId && r.table_id === fTable && r.row_kind === "item" && r.subunit_id,
  );
  if (new Set(items.map((r) => r.subunit_id)).size < 2) return [];
  return data.summary
    .filter((r) => r.document_id === documentId && r.item === "by_code" && r.column === "total" && r.code && r.name)
    .map((row) => ({ row, bodyRows: items.filter(stands(row.code ?? "", row.name ?? "")) }));
}

/** The body rows of a match, by body (each body should print one row for the code). */
export const byBody = (m: BodyMatch) => groupBy(m.bodyRows, (r) => r.subunit_id ?? "");
