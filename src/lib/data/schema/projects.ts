import { z } from "zod";
import { classCode, FUNCTIONAL_CODE, notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

/** One row per project (合计 and unit subtotal rows are noted in `notes`, not rows). */
export const projects = resource({
  name: "projects",
  path: "projects.csv",
  description: "项目支出 / projects",
  row: z.object({
    ...provenance,
    name: z.string().describe("项目名称（原文）/ project name as printed"),
    category: z
      .enum(["特定目标类", "其他运转类"])
      .nullable()
      .describe("项目类别（未印则空）/ category (blank if not printed)"),
    amount: wan.describe("金额（总计或合计栏）/ amount (总计 or 合计 column)"),
    amount_general_budget: wan.describe("其中一般公共预算（一般公共预算栏）/ of which general budget"),
    functional_code: classCode(FUNCTIONAL_CODE)
      .nullable()
      .describe("功能分类编码（表中印出时）/ functional code, where the table prints one"),
    description: z.string().nullable().describe("项目内容/项目概述（原文）/ description as printed"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
  ],
});
