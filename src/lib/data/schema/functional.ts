import { z } from "zod";
import { classCode, FUNCTIONAL_CODE, notes, provenance, wan } from "./fields.ts";
import { resource } from "./resource.ts";

/** The amount columns of a functional-classification row, in column order (identities sum each of them). */
export const FUNCTIONAL_AMOUNTS = [
  "total",
  "basic",
  "personnel",
  "personnel_wages",
  "personnel_households",
  "public",
  "public_goods",
  "public_capital",
  "project",
  "project_operating",
  "project_specific",
] as const;

export const functional = resource({
  name: "functional",
  path: "functional.csv",
  description: "支出功能分类 / expenditure by functional classification",
  row: z.object({
    ...provenance,
    row_kind: z
      .enum(["total", "unit", "class", "section", "item"])
      .describe("total 合计 / unit 单位 / class 类 / section 款 / item 项"),
    code_printed: z.string().nullable().describe("科目编码（原文）/ code as printed"),
    code: classCode(FUNCTIONAL_CODE).nullable().describe("科目编码（解读）/ classification code as read"),
    name: z.string().nullable().describe("科目名称（原文）/ name as printed"),
    total: wan.describe("合计 / total"),
    basic: wan.describe("基本支出 / basic"),
    personnel: wan.describe("人员经费 / personnel"),
    personnel_wages: wan.describe("工资福利支出 / wages and welfare"),
    personnel_households: wan.describe("对个人和家庭的补助 / transfers to households"),
    public: wan.describe("公用经费 / public (operating)"),
    public_goods: wan.describe("商品和服务支出 / goods and services"),
    public_capital: wan.describe("资本性支出 / capital"),
    project: wan.describe("项目支出 / project"),
    project_operating: wan.describe("其他运转类 / other operating projects"),
    project_specific: wan.describe("特定目标类 / specific-purpose projects"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
    { fields: ["subunit_id"], reference: { resource: "units", fields: ["unit_id"] } },
  ],
});
