import { z } from "zod";
import { notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

/** Which amount column of a summary table a figure is printed in. */
const COLUMNS = [
  "amount",
  "total",
  "general_budget",
  "general_budget_fiscal",
  "government_fund",
  "state_capital",
  "fiscal_special_account",
  "business_income",
  "operating_income",
  "superior_subsidy",
  "subsidiary_remittance",
  "other_income",
  "carryover",
  "unit_funds",
] as const;

/** The printed line items (data/curation/TRANSCRIPTION-SPEC.md gives the printed label of each). */
const ITEMS = [
  "general_budget",
  "general_budget_fiscal",
  "government_fund",
  "state_capital",
  "fiscal_special_account",
  "unit_funds",
  "business_income",
  "operating_income",
  "superior_subsidy",
  "subsidiary_remittance",
  "other_income",
  "non_fiscal_surplus_used",
  "carryover",
  "carryover_general_budget",
  "carryover_government_fund",
  "carryover_state_capital",
  "current_year_total",
  "grand_total",
  "class",
  "year_end_carryover",
  "basic",
  "project",
  "by_code",
  "unit_row",
  "other",
] as const;

/**
 * Every labelled line of 收支总表, 收入表 and 财政拨款收支总表: one row per non-blank cell, and one row with a blank
 * amount for a line that prints no figure.
 */
export const summary = resource({
  name: "summary",
  path: "summary.csv",
  description: "收支总表与收入表 / income and expenditure summaries, revenue by source",
  row: z.object({
    ...provenance,
    side: z.enum(["income", "expenditure"]).describe("income 收入 / expenditure 支出"),
    item: z.enum(ITEMS).describe("行项目 / line item"),
    code: z
      .string()
      .nullable()
      .describe(
        "功能分类编码（类行、按编码列示的行）或单位编码 / classification code, or the printed unit code on unit rows",
      ),
    name: z.string().nullable().describe("项目名称（原文）/ label as printed"),
    column: z.enum(COLUMNS).describe("金额栏（单栏表为 amount）/ amount column (amount: single-column tables)"),
    amount: wan.describe("金额（空白：该行未印数字）/ amount (blank: the line prints no figure)"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line", "side", "column"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
  ],
});
