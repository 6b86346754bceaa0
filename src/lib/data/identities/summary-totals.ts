import type { SummaryRow, TableRow } from "../model.ts";
import { groupBy } from "../group.ts";
import type { IdentitySink } from "./evaluate.ts";

/** A summary row's printed figure, as the cell an identity reads. */
const cell = (row: SummaryRow) => ({ row, column: "amount" });

/** The columns that hold a row's whole figure; the others split it by fund or source. */
const MAIN = new Set(["amount", "total"]);

/**
 * "其中" columns restate part of the column before them (一般公共预算 小计 → 其中：财政拨款): not added into a total.
 * Every other amount column of a revenue table is one fund or source of its 总计.
 */
const OF_WHICH = new Set(["general_budget_fiscal"]);

/**
 * Column by column, a side's 总计 is its 本年 figure plus what is carried over (上年结转 into income, 年终结转结余 out of
 * spending): 财政拨款收支总表 prints 支出合计 in every fund column, and only this identity reads those beyond 合计.
 */
function grandTotals(rows: SummaryRow[], out: IdentitySink): void {
  for (const [key, group] of groupBy(rows, (r) => `${r.side}|${r.column}|${r.subunit_id ?? ""}`)) {
    const side = key.split("|")[0];
    const grand = group.find((r) => r.item === "grand_total");
    const current = group.find((r) => r.item === "current_year_total");
    if (!grand || !current) continue;
    const carried = group.filter((r) => r.item === (side === "income" ? "carryover" : "year_end_carryover"));
    out.push({
      document_id: grand.document_id,
      table_id: grand.table_id,
      rule: "grand-total",
      subject: `L${grand.line}/${side}`,
      column: grand.column,
      line: grand.line,
      expected: grand.amount,
      parts: [current.amount, ...carried.map((r) => r.amount)],
      cells: [grand, current, ...carried].map(cell),
    });
  }
}

/**
 * A revenue table (收入总表) prints one row per body with its 总计 split by source in the columns after it: 总计 = the
 * sum of the source columns (the 其中 columns left out).
 */
function revenueRows(rows: SummaryRow[], out: IdentitySink): void {
  for (const [, line] of groupBy(rows, (r) => `${r.line}|${r.item}|${r.code ?? ""}`)) {
    const total = line.find((r) => r.column === "total");
    const sources = line.filter((r) => !MAIN.has(r.column) && !OF_WHICH.has(r.column));
    if (!total || !sources.length) continue;
    out.push({
      document_id: total.document_id,
      table_id: total.table_id,
      rule: "revenue-row",
      subject: `L${total.line}`,
      column: "total",
      line: total.line,
      expected: total.amount,
      parts: sources.map((r) => r.amount),
      cells: [total, ...sources].map(cell),
    });
  }
}

/**
 * A revenue table's body rows: the 部门 rows (codes no other row's code extends … e.g. 306) add up to the table's
 * total row, and each 部门 row to its 单位 rows (306001, 306002 …), column by column.
 */
function bodyRows(rows: SummaryRow[], out: IdentitySink): void {
  for (const [column, group] of groupBy(rows, (r) => r.column)) {
    const bodies = group.filter((r) => r.item === "unit_row" && r.code);
    if (!bodies.length) continue;
    // A body's parent is the body whose code is the longest proper prefix of its own.
    const parentOf = (b: SummaryRow) =>
      bodies
        .filter((p) => p.code && b.code && p.code.length < b.code.length && b.code.startsWith(p.code))
        .sort((x, y) => (y.code?.length ?? 0) - (x.code?.length ?? 0))[0];
    const top = bodies.filter((b) => !parentOf(b));
    const total = group.find((r) => (r.item === "grand_total" || r.item === "current_year_total") && !r.subunit_id);
    const push = (whole: SummaryRow, parts: SummaryRow[]) =>
      out.push({
        document_id: whole.document_id,
        table_id: whole.table_id,
        rule: "body-rows",
        subject: `L${whole.line}`,
        column,
        line: whole.line,
        expected: whole.amount,
        parts: parts.map((r) => r.amount),
        cells: [whole, ...parts].map(cell),
      });
    if (total) push(total, top);
    for (const parent of bodies) {
      const children = bodies.filter((b) => parentOf(b) === parent);
      if (children.length) push(parent, children);
    }
  }
}

/** The identities inside one summary-kind table that `summaryChecks` does not form. */
export function summaryTotalChecks(rows: SummaryRow[], role: TableRow["role"] | undefined, out: IdentitySink): void {
  grandTotals(rows, out);
  if (role === "revenue") {
    revenueRows(rows, out);
    bodyRows(rows, out);
  }
}

/**
 * The same income figure printed in two tables of one report: 一般公共预算 (and 其中：财政拨款) in the 收支总表 and the
 * 财政拨款收支总表 (each as a row), and in the 收入总表 (as a column of its total row). Each later table is compared
 * with the first that prints it.
 */
export function summaryAcrossChecks(tables: TableRow[], rows: SummaryRow[], out: IdentitySink): void {
  const roleOf = new Map(tables.map((t) => [t.table_id, t.role]));
  const printed = new Map<string, SummaryRow[]>();
  const note = (item: string, row: SummaryRow) => {
    const list = printed.get(item);
    if (list) list.push(row);
    else printed.set(item, [row]);
  };
  for (const r of rows) {
    if (r.subunit_id || r.side !== "income" || r.amount === null) continue;
    const role = roleOf.get(r.table_id);
    if ((role === "summary" || role === "fiscal_summary") && MAIN.has(r.column)) {
      if (r.item === "general_budget" || r.item === "general_budget_fiscal") note(r.item, r);
    } else if (role === "revenue" && (r.item === "grand_total" || r.item === "current_year_total")) {
      if (r.column === "general_budget" || r.column === "general_budget_fiscal") note(r.column, r);
    }
  }
  for (const [item, list] of printed) {
    const [first, ...others] = list;
    if (!first) continue;
    for (const other of others.filter((o) => o.table_id !== first.table_id))
      out.push({
        document_id: other.document_id,
        table_id: other.table_id,
        rule: "same-figure",
        subject: first.table_id,
        column: item,
        line: other.line,
        expected: other.amount,
        parts: [first.amount],
        cells: [other, first].map(cell),
      });
  }
}
