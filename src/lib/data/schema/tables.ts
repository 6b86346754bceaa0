import { z } from "zod";
import { notes, provenance } from "./fields.ts";
import { resource } from "./resource.ts";

/** What a printed table is (data/curation/TRANSCRIPTION-SPEC.md lists the printed titles of each role). */
export const TABLE_ROLES = [
  "summary",
  "revenue",
  "expenditure",
  "fiscal_summary",
  "functional_gpb",
  "functional_other",
  "economic",
  "economic_other",
  "three_public",
  "government_fund",
  "state_capital",
  "projects",
  "performance_overall",
  "performance_project",
  "performance_self_evaluation",
  "procurement",
  "purchase_services",
  "debt",
  "special_funds",
  "other",
] as const;

/** Every table a report prints or lists, with the source lines it spans. */
export const tables = resource({
  name: "tables",
  path: "tables.csv",
  description: "报告中的表格 / tables of each report",
  row: z.object({
    document_id: provenance.document_id,
    table_id: provenance.table_id.describe(
      "表格编号（本项目按首次出现顺序所编，T01 起）/ our table id, numbered in order of first appearance",
    ),
    table_no: z
      .string()
      .nullable()
      .describe("表号（原文，如“表3”“公开03表”；未印则空）/ table number as printed (blank if none)"),
    title: z.string().describe("表名（原文）/ title as printed"),
    line_start: z
      .int()
      .min(1)
      .describe(
        "起始行：表名所在行（未公开的表：列出它的行）/ first line: the title (not_in_document: where it is listed)",
      ),
    line_end: z
      .int()
      .min(1)
      .nullable()
      .describe("结束行，含续页（未公开的表为空）/ last line, continuation pages included (blank: not_in_document)"),
    rows: z
      .int()
      .min(0)
      .nullable()
      .describe(
        "事实行数：该表在 functional/economic/three_public/summary/projects 中应有的行数，按转录规则从原文数出（未转录为事实行的表为空）/ fact rows: how many rows the table has in the fact files, counted from the source text by the transcription rules (blank: table not transcribed into fact rows)",
      ),
    status: z
      .enum(["data", "printed_empty", "not_in_document"])
      .describe("data 有数据 / printed_empty 空表（印出但无数字）/ not_in_document 未公开（列出或提及但未印出）"),
    role: z.enum(TABLE_ROLES).describe("表格用途 / what the table is"),
    headline: z
      .enum(["yes"])
      .nullable()
      .describe(
        "本站指标采用此表（同类表多于一张时）/ the table the site's metrics use when a report prints several of its kind",
      ),
    notes,
  }),
  primaryKey: ["document_id", "table_id"],
  foreignKeys: [{ fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } }],
});
