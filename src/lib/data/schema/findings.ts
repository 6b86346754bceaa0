import { z } from "zod";
import { provenance } from "./fields.ts";
import { resource } from "./resource.ts";

/** One `expected/actual` pair per check key (`;`-separated): the values a finding was recorded against. */
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
export const CHECK_VALUES = new RegExp(`^${NUMBER}/${NUMBER}(?:;${NUMBER}/${NUMBER})*$`);

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
    resolution: z.string().describe("本站采用哪个数字及理由（英文）/ which figure the site uses and why (English)"),
    resolution_zh: z.string().describe("本站采用哪个数字及理由（中文，与 resolution 同义）/ the same in Chinese"),
    checks: z
      .string()
      .nullable()
      .describe(
        "对应的校验键（分号分隔，逐一列出，不得用通配符 *）/ validator check keys this finding explains, ';'-separated, each spelled out (no * wildcards)",
      ),
    check_values: z
      .string()
      .regex(CHECK_VALUES)
      .nullable()
      .describe(
        "各校验键记录时的数值“印出数/各项之和”，与 checks 一一对应（分号分隔）；数据一变，该发现即不再解释此校验 / for each key of checks, in the same order, the check's printed figure and computed sum when the finding was recorded, as expected/actual (e.g. 214.04/218.42); a finding explains a check only while the data still gives exactly these values",
      ),
  }),
  primaryKey: ["document_id", "finding_id"],
  foreignKeys: [{ fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } }],
});
