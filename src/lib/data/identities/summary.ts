import type { SummaryRow } from "../model.ts";
import { groupBy } from "../group.ts";
import type { IdentitySink } from "./evaluate.ts";

const INCOME_PARTS = ["general_budget", "government_fund", "state_capital", "fiscal_special_account"];
const UNIT_FUND_PARTS = [
  "business_income",
  "operating_income",
  "superior_subsidy",
  "subsidiary_remittance",
  "other_income",
];

/** The columns that hold a side's whole figure (the others split it by fund or source). */
const MAIN = ["amount", "total"];

/** The `amount` cells of summary rows (their `column` field names the printed column, not the CSV field). */
const amounts = (rows: SummaryRow[]) => rows.map((row) => ({ row, column: "amount" }));

export function summaryChecks(rows: SummaryRow[], out: IdentitySink): void {
  const first = rows[0];
  if (!first) return;
  const base = { document_id: first.document_id, table_id: first.table_id };
  let balanced = false;
  for (const [column, group] of groupBy(rows, (r) => r.column)) {
    // A total without a sub-unit covers the rows of every sub-unit; a sub-unit's total covers its own rows.
    const within = (total: SummaryRow) => (r: SummaryRow) => !total.subunit_id || r.subunit_id === total.subunit_id;
    const pick = (side: string, item: string, total: SummaryRow) =>
      group.filter((r) => r.side === side && r.item === item && within(total)(r));
    for (const incomeTotal of group.filter((r) => r.side === "income" && r.item === "current_year_total")) {
      const unitFunds = pick("income", "unit_funds", incomeTotal)[0];
      const byCode = pick("income", "by_code", incomeTotal);
      const parts = byCode.length
        ? byCode
        : [
            ...INCOME_PARTS.flatMap((i) => pick("income", i, incomeTotal)),
            ...(unitFunds && unitFunds.amount !== null
              ? [unitFunds]
              : UNIT_FUND_PARTS.flatMap((i) => pick("income", i, incomeTotal))),
          ];
      out.push({
        ...base,
        rule: "income-sum",
        subject: `L${incomeTotal.line}`,
        column,
        line: incomeTotal.line,
        expected: incomeTotal.amount,
        parts: parts.map((p) => p.amount),
        cells: amounts([incomeTotal, ...parts]),
      });
    }
    for (const spendTotal of group.filter((r) => r.side === "expenditure" && r.item === "current_year_total")) {
      const classes = pick("expenditure", "class", spendTotal);
      if (classes.length)
        out.push({
          ...base,
          rule: "expenditure-sum",
          subject: `L${spendTotal.line}`,
          column,
          line: spendTotal.line,
          expected: spendTotal.amount,
          parts: classes.map((c) => c.amount),
          cells: amounts([spendTotal, ...classes]),
        });
    }
    const inGrand = group.find((r) => r.side === "income" && r.item === "grand_total" && !r.subunit_id);
    const outGrand = group.find((r) => r.side === "expenditure" && r.item === "grand_total" && !r.subunit_id);
    if (inGrand && outGrand) balanced = true;
    if (inGrand && outGrand)
      out.push({
        ...base,
        rule: "balance",
        subject: `L${inGrand.line}`,
        column,
        line: inGrand.line,
        expected: inGrand.amount,
        parts: [outGrand.amount],
        cells: amounts([inGrand, outGrand]),
      });
  }
  // A table that prints its income 总计 and its expenditure 总计 in different columns (财政拨款收支总表: income in
  // one amount column, spending split by fund) still balances: income grand total = expenditure grand total.
  const grand = (side: string) =>
    rows.find((r) => r.side === side && r.item === "grand_total" && !r.subunit_id && MAIN.includes(r.column));
  const inGrand = grand("income");
  const outGrand = grand("expenditure");
  if (!balanced && inGrand && outGrand)
    out.push({
      ...base,
      rule: "balance",
      subject: `L${inGrand.line}`,
      column: inGrand.column,
      line: inGrand.line,
      expected: inGrand.amount,
      parts: [outGrand.amount],
      cells: amounts([inGrand, outGrand]),
    });
}
