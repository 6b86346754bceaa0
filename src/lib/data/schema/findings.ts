import { z } from "zod";
import { provenance } from "./fields.ts";
import { resource } from "./resource.ts";

/** Contradictions inside a report, each with the validator checks (`checks`) it explains. */
export const findings = resource({
  name: "findings",
  path: "findings.csv",
  description: "源文件内部矛盾 / contradictions inside a source document",
  row: z.object({
    document_id: provenance.document_id,
    finding_id: z
      .string()
      .regex(/^F\d{2}$/)
      .describe("编号（F01 起）/ finding id"),
    kind: z
      .enum([
        "narrative_vs_table",
        "table_vs_table",
        "sum_mismatch",
        "code_error",
        "label_error",
        "narrative_internal",
        "other",
      ])
      .describe("类型 / kind"),
    where_a: z.string().describe("位置甲（如“T03 line 311 column personnel”“narrative line 175”）/ first location"),
    value_a: z.string().nullable().describe("数值甲（原文）/ first value as printed"),
    where_b: z.string().nullable().describe("位置乙 / second location"),
    value_b: z.string().nullable().describe("数值乙（原文）/ second value as printed"),
    description_zh: z.string().describe("说明（中文）"),
    description_en: z.string().describe("description (English)"),
    resolution: z.string().describe("本站采用哪个数字及理由 / which figure the site uses and why"),
    checks: z.string().nullable().describe("对应的校验键（分号分隔）/ validator check keys this finding explains"),
  }),
  primaryKey: ["document_id", "finding_id"],
  foreignKeys: [{ fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } }],
});
