import { z } from "zod";
import { resource } from "./resource.ts";

/**
 * Every classification code the facts use, with its standard Chinese name and an English name: the site labels
 * rows with these (a printed name varies between reports: ordinals, brackets, a dropped 支出). Checked against the
 * reference lists in shared/reference where they list the code; `note` records where a report prints it otherwise.
 */
export const classifications = resource({
  name: "classifications",
  path: "classifications.csv",
  description: "分类科目 / classification codes",
  row: z.object({
    scheme: z
      .enum(["functional", "economic", "gov_economic"])
      .describe("functional 支出功能分类 / economic 部门预算支出经济分类 / gov_economic 政府预算支出经济分类"),
    code: z
      .string()
      .regex(/^(\d{3}|\d{5}|\d{7})$/)
      .describe("科目编码（类3位、款5位、项7位）/ code (类 3, 款 5, 项 7 digits)"),
    level: z.enum(["类", "款", "项"]).describe("级次 / level"),
    parent: z
      .string()
      .regex(/^(\d{3}|\d{5})$/)
      .nullable()
      .describe("上级科目编码 / the code one level up (blank for a 类)"),
    name_zh: z.string().describe("标准名称 / standard Chinese name"),
    name_en: z.string().describe("英文名称 / English name"),
    source: z
      .enum(["reference", "reports"])
      .describe("reference 见 shared/reference 科目表 / reports 该表未列，名称取自报告"),
    note: z.string().nullable().describe("说明（如报告印法不同）/ note (e.g. how a report prints it otherwise)"),
  }),
  primaryKey: ["scheme", "code"],
  foreignKeys: [],
});
