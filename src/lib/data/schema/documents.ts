import { z } from "zod";
import { documentId, notes, stage, unitId, year } from "./fields.ts";
import { resource } from "./resource.ts";

/** One row per published report; `source_file` is its plain text, which every `line` of its facts refers to. */
export const documents = resource({
  name: "documents",
  path: "documents.csv",
  description: "公开报告 / disclosure reports",
  row: z.object({
    document_id: documentId.describe("文档编号：单位编号-年度-阶段 / document id: unit id, year, stage"),
    unit_id: unitId.describe("报告主体 / reporting body"),
    fiscal_year: year.describe("预决算年度 / fiscal year"),
    stage: stage.describe("预算 budget / 决算 final"),
    scope: z.enum(["own", "consolidated"]).describe("本级 own / 汇总 consolidated"),
    scope_units: z
      .string()
      .regex(/^\d{6}-[a-z]+(;\d{6}-[a-z]+)*$/)
      .describe("范围内单位（分号分隔）/ bodies covered, ';'-separated"),
    title_zh: z.string().describe("报告标题（原文）/ title as printed"),
    title_en: z.string().describe("title (English)"),
    money_unit: z.enum(["万元"]).describe("金额单位（原文）/ money unit as printed"),
    source_file: z.string().describe("源文本文件（行号以此为准）/ source text file the line numbers refer to"),
    source_note: z.string().nullable().describe("来源说明 / where the report was published"),
    notes,
  }),
  primaryKey: ["document_id"],
  foreignKeys: [{ fields: ["unit_id"], reference: { resource: "units", fields: ["unit_id"] } }],
});
