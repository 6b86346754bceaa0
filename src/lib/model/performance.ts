import type { PerformanceRow, TableRow } from "../data/model.ts";
import type { CheckResult } from "../data/types.ts";

/** One printed figure of a performance table: a value, a blank cell, or OCR text that cannot be read. */
export interface PerformanceCell {
  value: number | null;
  status: PerformanceRow["status"];
  printed: string | null;
}

/** One printed line of a performance table as a report page lists it: budget, spent, rate and score. */
export interface PerformanceLine {
  table_id: string;
  /** As printed (表17, 预算12表), else our id. */
  table_no: string;
  table_title: string;
  line: number;
  /** The project and/or the row label (task, fund source, body or project code, score), as read. */
  name: string;
  budget: PerformanceCell | null;
  spent: PerformanceCell | null;
  rate: PerformanceCell | null;
  weight: PerformanceCell | null;
  score: PerformanceCell | null;
  /** Findings of the identities that fail on this line (performance rules), in check order. */
  findings: string[];
}

/** The money item a line shows as its budget, in order of preference. */
const BUDGET_ITEMS = [
  "budget",
  "budget_initial_revenue",
  "budget_initial_expenditure",
  "fund_government",
  "fund_special_account",
  "fund_unit",
  "basic",
  "project",
];
const SCORE_ITEMS = ["score", "total_score", "indicator_score", "rate_score", "deduction"];

const isPerformanceRule = (rule: string) => rule.startsWith("performance") || rule.startsWith("self-evaluation");

/**
 * A document's performance-table figures, one entry per printed line (table order, then line), each with the
 * findings of the performance identities that fail on it. Pure: reads the rows, tables and checks it is given.
 */
export function performanceLines(
  rows: readonly PerformanceRow[],
  tables: readonly TableRow[],
  problems: readonly CheckResult[],
): PerformanceLine[] {
  const tableOf = new Map(tables.map((t) => [`${t.document_id}|${t.table_id}`, t]));
  const byLine = new Map<string, PerformanceRow[]>();
  for (const r of rows) {
    const key = `${r.document_id}|${r.table_id}|${r.line}`;
    const list = byLine.get(key);
    if (list) list.push(r);
    else byLine.set(key, [r]);
  }
  const out: PerformanceLine[] = [];
  for (const group of byLine.values()) {
    const first = group[0];
    if (!first) continue;
    const table = tableOf.get(`${first.document_id}|${first.table_id}`);
    const pick = (items: readonly string[]): PerformanceCell | null => {
      for (const item of items) {
        const r = group.find((x) => x.item === item);
        if (r) return { value: r.value, status: r.status, printed: r.printed };
      }
      return null;
    };
    out.push({
      table_id: first.table_id,
      // A table printed without a number is named by its printed title, never by our id (T10).
      table_no: table ? (table.table_no ?? "") : first.table_id,
      table_title: table?.title ?? "",
      line: first.line,
      name: [first.project, (group.find((r) => r.item === "total_score") ?? first).label]
        .filter((x): x is string => x !== null)
        .join(" · "),
      budget: pick(BUDGET_ITEMS),
      spent: pick(["spent"]),
      rate: pick(["rate"]),
      weight: pick(["weight"]),
      score: pick(SCORE_ITEMS),
      findings: [
        ...new Set(
          problems
            .filter(
              (c) =>
                c.document_id === first.document_id &&
                c.table_id === first.table_id &&
                c.line === first.line &&
                isPerformanceRule(c.rule) &&
                c.finding_id !== null,
            )
            .map((c) => c.finding_id ?? ""),
        ),
      ],
    });
  }
  return out.sort((a, b) => a.table_id.localeCompare(b.table_id) || a.line - b.line);
}
