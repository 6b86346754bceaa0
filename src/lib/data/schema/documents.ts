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
    title_printed: z
      .string()
      .describe("封面标题（原文照录，跨行以空格相连）/ title exactly as printed on the cover, lines joined by a space"),
    title_line: z.int().min(1).describe("标题所在行 / source line of the printed title"),
    title_line_end: z.int().min(1).nullable().describe("标题末行（跨行时）/ last line of the title (blank: one line)"),
    issuer_zh: z.string().describe("发布单位（原文）/ issuing body as printed"),
    issuer_en: z.string().describe("issuing body (English)"),
    publication_date: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/)
      .nullable()
      .describe(
        "报告所印日期（年-月或年-月-日；未印则空）/ date the report states (YYYY-MM or YYYY-MM-DD; blank: not stated)",
      ),
    publication_date_line: z
      .int()
      .min(1)
      .nullable()
      .describe("所印日期的行 / source line of that date (blank with the date)"),
    official_url: z
      .string()
      .regex(/^https?:\/\/\S+$/)
      .nullable()
      .describe("官方发布网址（未知则空）/ official URL of the published report (blank: unknown)"),
    money_unit: z.enum(["万元"]).describe("金额单位（原文）/ money unit as printed"),
    source_file: z.string().describe("源文本文件（行号以此为准）/ source text file the line numbers refer to"),
    source_sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("源文本的 SHA-256（小写十六进制）/ SHA-256 of the source text file, lower-case hex"),
    source_note: z.string().nullable().describe("来源说明 / where the report was published"),
    notes,
  }),
  primaryKey: ["document_id"],
  foreignKeys: [{ fields: ["unit_id"], reference: { resource: "units", fields: ["unit_id"] } }],
});
