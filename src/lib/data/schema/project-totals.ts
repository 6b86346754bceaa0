import { z } from "zod";
import { notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

/**
 * The 合计 and unit (单位) rows of the project tables (项目支出预算表 / 项目支出表): the figures the project rows of
 * projects.csv add up to. A separate file so that projects.csv stays one row per project (the metrics, the search
 * index and the project lists read it as such).
 */
export const projectTotals = resource({
  name: "project_totals",
  path: "project_totals.csv",
  description: "项目支出表的合计行与单位行 / total and unit rows of the project tables",
  row: z.object({
    ...provenance,
    row_kind: z
      .enum(["total", "unit"])
      .describe("total 合计行 / unit 单位行（印出单位名称或编码，合计其项目）/ the 合计 row, or a row naming a body"),
    label: z
      .string()
      .nullable()
      .describe("行名（原文；沈丘的合计行未印行名为空）/ row label as printed (blank: 沈丘's 合计 row prints none)"),
    unit_code: z
      .string()
      .regex(/^\d+$/)
      .nullable()
      .describe("单位编码（印出时，如“306”）/ body code where printed (306)"),
    amount: wan.describe("总计或合计栏 / amount: the 总计 (or 合计) column, as projects.csv amount"),
    amount_current_year: wan.describe(
      "本年收入合计栏（表中有此栏时）/ the 本年收入 合计 column, where the table prints one",
    ),
    amount_general_budget: wan.describe("一般公共预算栏 / of which general budget, as projects.csv"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
    { fields: ["subunit_id"], reference: { resource: "units", fields: ["unit_id"] } },
  ],
});
