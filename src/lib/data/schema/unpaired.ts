import { z } from "zod";
import { documentId } from "./fields.ts";
import { resource } from "./resource.ts";

/**
 * A transcribed figure that no identity can read, because the report prints nothing it must agree with (the
 * double-entry principle has no second entry). Each is listed with its reason, so the validator's count of figures in
 * no check has no unexplained rest; a listed figure that some check does read is an error (the record is stale).
 */
export const unpaired = resource({
  name: "unpaired",
  path: "unpaired.csv",
  description: "无从核对的数字 / figures with no partner in their report",
  row: z.object({
    document_id: documentId.describe("文档 / document id"),
    table_id: z
      .string()
      .regex(/^T\d{2}$/)
      .describe("表格编号 / our table id within the document"),
    line: z.int().min(1).describe("源文本行号 / 1-based line in the source text"),
    file: z
      .enum([
        "functional",
        "economic",
        "three_public",
        "summary",
        "projects",
        "claims",
        "performance",
        "performance_indicators",
      ])
      .describe("数字所在的事实表 / the fact file the figure is in"),
    field: z
      .string()
      .regex(/^[a-z_]+$/)
      .describe(
        "数字所在的列（summary.csv 为 column 值，performance.csv 为 item 值）/ the column the figure is in (summary.csv: its column value; performance.csv: its item)",
      ),
    reason_zh: z.string().describe("为何无从核对（中文）/ why nothing in the report can check it (Chinese)"),
    reason_en: z.string().describe("为何无从核对（英文）/ why nothing in the report can check it (English)"),
  }),
  primaryKey: ["document_id", "table_id", "line", "file", "field"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
  ],
});
