import type { CsvWriter } from "./csv.ts";
import type { DocContext, TableBody } from "./documents.ts";
import { FUNCTIONAL_NAMES } from "./codes.ts";
import type { Line } from "./figures.ts";
import { lineTotal } from "./figures.ts";
import { cell } from "./money.ts";

type Side = "income" | "expenditure";
/** An income row: item, printed name, amount in cents. */
type Income = [item: string, name: string, amount: number];

const NUMERALS = ["一", "二", "三", "四"];

/** A writer of one summary table's rows: line, side, item, printed name, amount, classification code. */
function summaryRows(out: CsvWriter, documentId: string, tableId: string) {
  return (line: number, side: Side, item: string, name: string, amount: number, code: string | null = null) =>
    out.row({
      document_id: documentId,
      table_id: tableId,
      line,
      side,
      item,
      code,
      name,
      column: "amount",
      amount: cell(amount),
    });
}

/** Income rows from line `first`, with the 类 of spending printed beside them on the expenditure side. */
function incomeBesideClasses(
  s: ReturnType<typeof summaryRows>,
  first: number,
  income: Income[],
  classes: [string, Line][],
  label: (numeral: string | undefined, name: string | undefined) => string,
): number {
  income.forEach(([item, name, amount], i) => {
    s(first + i, "income", item, name, amount);
    const cls = classes[i];
    if (cls)
      s(first + i, "expenditure", "class", label(NUMERALS[i], FUNCTIONAL_NAMES[cls[0]]), lineTotal(cls[1]), cls[0]);
  });
  return first + income.length;
}

const classesOf = (rollup: Map<string, Line>) => [...rollup.entries()].filter(([code]) => code.length === 3);

/** 收支总表: every source of income beside the 类 of spending, then totals and carry-over. */
export function writeSummary(out: CsvWriter, c: DocContext, at: TableBody, rollup: Map<string, Line>): number {
  const { fig } = c;
  const s = summaryRows(out, c.id, at.tableId);
  const income: Income[] = [
    ["general_budget", "一、一般公共预算财政拨款收入", fig.total],
    ["government_fund", "二、政府性基金预算财政拨款收入", 0],
    ["state_capital", "三、国有资本经营预算财政拨款收入", 0],
    ["fiscal_special_account", "四、财政专户管理资金收入", 0],
    ["unit_funds", "五、单位资金收入", 0],
    ["business_income", "（一）事业收入", 0],
    ["operating_income", "（二）事业单位经营收入", 0],
    ["superior_subsidy", "（三）上级补助收入", 0],
    ["subsidiary_remittance", "（四）附属单位上缴收入", 0],
    ["other_income", "（五）其他收入", 0],
  ];
  const l = incomeBesideClasses(s, at.first, income, classesOf(rollup), (n, name) => `${n}、${name}`);
  s(l, "income", "current_year_total", "本年收入合计", fig.total);
  s(l, "expenditure", "current_year_total", "本年支出合计", fig.total);
  s(l + 1, "income", "carryover", "上年结转结余", fig.carryover);
  s(l + 1, "expenditure", "year_end_carryover", "年终结转结余", fig.carryover);
  s(l + 2, "income", "grand_total", "收入总计", fig.total + fig.carryover);
  s(l + 2, "expenditure", "grand_total", "支出总计", fig.total + fig.carryover);
  return l + 2;
}

/** 收入总表: a total row and the unit's own row, in the total and general-budget columns. */
export function writeRevenue(out: CsvWriter, c: DocContext, at: TableBody): number {
  const rows: [string, string | null, string | null][] = [
    ["grand_total", null, "合计"],
    ["unit_row", c.unit.row["division_code"] as string, c.unit.nameZh],
  ];
  rows.forEach(([item, code, name], i) => {
    for (const column of ["total", "general_budget"])
      out.row({
        document_id: c.id,
        table_id: at.tableId,
        line: at.first + i,
        side: "income",
        item,
        code,
        name,
        column,
        amount: cell(c.fig.total),
      });
  });
  return at.first + rows.length - 1;
}

/** 财政拨款收支总表: fiscal appropriations by fund beside the 类 of spending, then carry-over and totals. */
export function writeFiscalSummary(out: CsvWriter, c: DocContext, at: TableBody, rollup: Map<string, Line>): number {
  const { fig } = c;
  const s = summaryRows(out, c.id, at.tableId);
  s(at.first, "income", "current_year_total", "一、本年收入", fig.total);
  s(at.first, "expenditure", "current_year_total", "一、本年支出", fig.total);
  const income: Income[] = [
    ["general_budget", "（一）一般公共预算财政拨款", fig.total],
    ["government_fund", "（二）政府性基金预算财政拨款", 0],
    ["state_capital", "（三）国有资本经营预算财政拨款", 0],
    ["carryover", "二、上年结转", fig.carryover],
    ["carryover_general_budget", "（一）一般公共预算财政拨款", fig.carryover],
    ["carryover_government_fund", "（二）政府性基金预算财政拨款", 0],
    ["carryover_state_capital", "（三）国有资本经营预算财政拨款", 0],
  ];
  const l = incomeBesideClasses(s, at.first + 1, income, classesOf(rollup), (n, name) => `（${n}）${name}`);
  s(l, "expenditure", "year_end_carryover", "二、年终结转结余", fig.carryover);
  s(l + 1, "income", "grand_total", "收入总计", fig.total + fig.carryover);
  s(l + 1, "expenditure", "grand_total", "支出总计", fig.total + fig.carryover);
  return l + 1;
}
