/** Summary labels and column headings → summary.csv `item` and `column` (words of the national templates). */
import type { Row } from "./columns.ts";
import type { ParseContext } from "./context.ts";
import type { TextLine } from "./text.ts";

export const INCOME: [RegExp, string][] = [
  [/^其中[:：]?财政拨款/, "general_budget_fiscal"],
  [/使用非财政拨款结余/, "non_fiscal_surplus_used"],
  [/本年收入(合计)?$/, "current_year_total"],
  [/总计$|^收入合计$/, "grand_total"],
  [/结转/, "carryover"],
  [/一般公共预算/, "general_budget"],
  [/政府性基金/, "government_fund"],
  [/国有资本/, "state_capital"],
  [/财政专户/, "fiscal_special_account"],
  [/单位资金/, "unit_funds"],
  [/经营收入/, "operating_income"],
  [/事业收入/, "business_income"],
  [/上级补助/, "superior_subsidy"],
  [/附属单位/, "subsidiary_remittance"],
  [/其他收入/, "other_income"],
];
export const EXPENDITURE: [RegExp, string][] = [
  [/本年支出(合计)?$/, "current_year_total"],
  [/总计$|^支出合计$/, "grand_total"],
  [/(年终|年末).*结转/, "year_end_carryover"],
  [/^基本支出/, "basic"],
  [/^项目支出/, "project"],
];
export const COLUMNS: [RegExp, string][] = [
  [/其中.*财政拨款/, "general_budget_fiscal"],
  [/一般公共预算/, "general_budget"],
  [/财政拨款/, "general_budget"],
  [/政府性基金/, "government_fund"],
  [/国有资本/, "state_capital"],
  [/财政专户/, "fiscal_special_account"],
  [/单位资金/, "unit_funds"],
  [/事业单位经营|经营收入/, "operating_income"],
  [/事业收入/, "business_income"],
  [/上级补助/, "superior_subsidy"],
  [/附属单位/, "subsidiary_remittance"],
  [/其他收入/, "other_income"],
  [/结转/, "carryover"],
  [/合计|总计|小计/, "total"],
];

export function match(rules: [RegExp, string][], label: string): string | null {
  for (const [re, v] of rules) if (re.test(label)) return v;
  return null;
}

/** The columns every summary.csv row starts with. */
export function base(ctx: ParseContext, l: TextLine): Row {
  return { document_id: ctx.document_id, table_id: ctx.table.table_id, line: String(l.line), subunit_id: "" };
}
