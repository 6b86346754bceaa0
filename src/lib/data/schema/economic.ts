import { z } from "zod";
import { classCode, notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

/**
 * Basic expenditure by economic classification. In side-by-side block layouts (人员经费 | 公用经费) each block's
 * 决算数 is in `total`, the block named by `section`; every code row of a block is kept, blank amounts included.
 */
export const economic = resource({
  name: "economic",
  path: "economic.csv",
  description: "基本支出经济分类 / basic expenditure by economic classification",
  row: z.object({
    ...provenance,
    row_kind: z
      .enum(["total", "class", "item"])
      .describe("total 合计（含人员经费合计、公用经费合计）/ class 类（3 位）/ item 款（5 位）"),
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
      .describe("政府预算经济分类编码（表中印出时）/ government economic code, where printed"),
    gov_name: z
      .string()
      .nullable()
      .describe("政府预算经济分类名称（表中印出时）/ government economic name, where printed"),
    total: wan.describe("合计栏（分块表：该块的决算数）/ total (block layouts: the block's 决算数)"),
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
