import { z } from "zod";
import { classCode, FUNCTIONAL_CODE, notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

export const projects = resource({
  name: "projects",
  path: "projects.csv",
  description: "项目支出 / projects",
  row: z.object({
    ...provenance,
    name: z.string().describe("项目名称 / project name"),
    category: z.enum(["特定目标类", "其他运转类"]).nullable().describe("项目类别 / category"),
    amount: wan.describe("金额 / amount"),
    amount_general_budget: wan.describe("其中一般公共预算 / of which general budget"),
    functional_code: classCode(FUNCTIONAL_CODE).nullable().describe("功能分类编码 / functional code"),
    description: z.string().nullable().describe("项目内容 / description"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
  ],
});
