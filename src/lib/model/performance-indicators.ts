import type { PerformanceIndicatorRow, TableRow } from "../data/model.ts";
import { indicatorSubject } from "../data/identities/performance-indicators.ts";
import type { CheckResult } from "../data/types.ts";

/** The operator codes of performance_indicators.csv and the glyphs the report printed. */
export const OPERATOR_GLYPH: Record<NonNullable<PerformanceIndicatorRow["operator"]>, string> = {
  eq: "=",
  ge: ">=",
  le: "<=",
  ge_sign: "≥",
  le_sign: "≤",
};

/** One printed indicator row, its cells as printed, with the findings of the checks that fail on it. */
export interface IndicatorLine extends Omit<PerformanceIndicatorRow, "operator" | "document_id" | "table_id"> {
  /** The operator as printed ("=", ">=", "≥"), or null. */
  operator: string | null;
  findings: string[];
}

/** One sheet: a table, or one project's part of a table that lists several (表17 of 鞍山, 预算12表 of 沈丘). */
export interface IndicatorSheet {
  table_id: string;
  /** As printed (表17, 预算12表), else our id. */
  table_no: string;
  table_title: string;
  /** The table's kind (tables.csv role): glossed beside the printed title. */
  role: TableRow["role"] | null;
  project: string | null;
  /** The columns some row of the sheet prints (a column blank on every row is left out), in table order. */
  columns: IndicatorColumn[];
  rows: IndicatorLine[];
  /** Findings of the sheet-wide checks (sums of scores and weights). */
  findings: string[];
}

/** The printed columns of an indicator table, in order; `target` shows the operator with it. */
export const INDICATOR_COLUMNS = [
  "level1",
  "level2",
  "level3",
  "target",
  "measure_unit",
  "deadline",
  "actual",
  "completion",
  "weight",
  "score",
] as const;
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

const isIndicatorRule = (rule: string) => rule.startsWith("performance-indicator");
const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => id !== null))];

/**
 * A document's indicator rows by sheet (table order, then first line), each row and sheet with the findings of the
 * indicator identities that fail on it. Pure: reads the rows, tables and checks it is given.
 */
export function indicatorSheets(
  rows: readonly PerformanceIndicatorRow[],
  tables: readonly TableRow[],
  problems: readonly CheckResult[],
): IndicatorSheet[] {
  const tableOf = new Map(tables.map((t) => [`${t.document_id}|${t.table_id}`, t]));
  const checks = problems.filter((c) => isIndicatorRule(c.rule) && c.finding_id !== null);
  const sheets = new Map<string, IndicatorSheet>();
  const sorted = [...rows].sort((a, b) => a.table_id.localeCompare(b.table_id) || a.line - b.line || a.seq - b.seq);
  for (const r of sorted) {
    const key = `${r.document_id}|${r.table_id}|${r.project ?? ""}`;
    let sheet = sheets.get(key);
    if (!sheet) {
      const table = tableOf.get(`${r.document_id}|${r.table_id}`);
      sheet = {
        table_id: r.table_id,
        table_no: table?.table_no ?? r.table_id,
        table_title: table?.title ?? "",
        role: table?.role ?? null,
        project: r.project,
        columns: [],
        rows: [],
        findings: unique(
          checks
            .filter((c) => c.document_id === r.document_id && c.subject === r.table_id && c.table_id === r.table_id)
            .map((c) => c.finding_id),
        ),
      };
      sheets.set(key, sheet);
    }
    const { document_id, table_id, operator, ...cells } = r;
    sheet.rows.push({
      ...cells,
      operator: operator === null ? null : OPERATOR_GLYPH[operator],
      findings: unique(
        checks
          .filter(
            (c) =>
              c.document_id === document_id &&
              c.table_id === table_id &&
              c.subject === indicatorSubject(r) &&
              c.line === r.line,
          )
          .map((c) => c.finding_id),
      ),
    });
  }
  for (const sheet of sheets.values())
    sheet.columns = INDICATOR_COLUMNS.filter((c) =>
      sheet.rows.some((r) => r[c] !== null || (c === "target" && r.operator !== null)),
    );
  return [...sheets.values()];
}
