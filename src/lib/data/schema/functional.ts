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

/**
 * One row per printed row with figures (合计, unit, 类/款/项 rows) of the functional-classification tables. Amount
 * columns are the table's own as printed; a column the table does not have stays blank.
 */
export const functional = resource({
  name: "functional",
  path: "functional.csv",
  description: "支出功能分类 / expenditure by functional classification",
  row: z.object({
    ...provenance,
    row_kind: z
      .enum(["total", "unit", "class", "section", "item"])
      .describe("total 合计 / unit 单位 / class 类 / section 款 / item 项"),
    code_printed: z
      .string()
      .nullable()
      .describe(
        "科目编码（原文，去空格；类款项分栏时以“|”连接）/ code as printed (separate 类|款|项 columns joined by |)",
      ),
    code: classCode(FUNCTIONAL_CODE)
      .nullable()
      .describe(
        "科目编码（解读，3/5/7 位；合计行与单位行为空）/ classification code as read (blank on total and unit rows)",
      ),
    name: z.string().nullable().describe("科目名称（原文）/ name as printed"),
    total: wan.describe("合计（合计/本年支出合计/小计栏）/ total"),
    basic: wan.describe("基本支出（小计）/ basic"),
    personnel: wan.describe("人员经费 / personnel"),
    personnel_wages: wan.describe("工资福利支出（单独成栏时）/ wages and welfare (where a separate column)"),
    personnel_households: wan.describe(
      "对个人和家庭的补助（单独成栏时）/ transfers to households (where a separate column)",
    ),
    public: wan.describe("公用经费 / public (operating)"),
    public_goods: wan.describe("商品和服务支出（单独成栏时）/ goods and services (where a separate column)"),
    public_capital: wan.describe("资本性支出（单独成栏时）/ capital (where a separate column)"),
    project: wan.describe("项目支出（小计）/ project"),
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
