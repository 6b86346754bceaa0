import { z } from "zod";
import { classCode, notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

export const economic = resource({
  name: "economic",
  path: "economic.csv",
  description: "基本支出经济分类 / basic expenditure by economic classification",
  row: z.object({
    ...provenance,
    row_kind: z.enum(["total", "class", "item"]).describe("total 合计 / class 类 / item 款"),
    section: z
      .enum(["personnel", "public"])
      .nullable()
      .describe("分块表中的块：personnel 人员经费 / public 公用经费 / for side-by-side block layouts"),
    code_printed: z.string().nullable().describe("科目编码（原文）/ code as printed"),
    code: classCode(/^(\d{3}|\d{5})$/)
      .nullable()
      .describe("经济分类编码（解读）/ economic code as read"),
    name: z.string().nullable().describe("科目名称（原文）/ name as printed"),
    gov_code: z
      .string()
      .regex(/^\d{3,5}$/)
      .nullable()
      .describe("政府预算经济分类编码 / government economic code"),
    gov_name: z.string().nullable().describe("政府预算经济分类名称 / government economic name"),
    total: wan.describe("合计或决算数 / total"),
    personnel: wan.describe("人员经费 / personnel"),
    public: wan.describe("公用经费 / public"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line", "section", "code_printed"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
    { fields: ["subunit_id"], reference: { resource: "units", fields: ["unit_id"] } },
  ],
});
