import { z } from "zod";
import { notes, provenance, stage, year } from "./fields.ts";
import { resource } from "./resource.ts";

/** Every figure the narrative states (说明 sections, not the tables), zeros and counts included. */
export const claims = resource({
  name: "claims",
  path: "claims.csv",
  description: "说明文字中的数字 / figures stated in the narrative",
  row: z.object({
    document_id: provenance.document_id,
    claim_id: z
      .string()
      .regex(/^C\d{3}$/)
      .describe("编号（按出现顺序，C001 起）/ claim id, in order of appearance"),
    line: provenance.line,
    subunit_id: provenance.subunit_id,
    subject: z
      .string()
      .regex(/^[a-z][a-z0-9_]*(:\d{3,7})?$/)
      .describe("所述指标（如 total_expenditure、class:210）/ what the figure is"),
    fiscal_year: year.describe("所指年度（“上年”为前一年）/ year the figure is about"),
    stage: stage.describe("budget 预算数 / final 决算数（该数字是哪一种）/ what the figure is"),
    kind: z
      .enum(["level", "change", "pct_change", "share", "execution_rate", "count", "score"])
      .describe(
        "level 数额 / change 增减额 / pct_change 增减率 / share 占比 / execution_rate 完成率 / count 数量 / score 得分",
      ),
    // Not money-typed: the unit is in the next column (万元, percent, counts, scores).
    amount: z.number().describe("数值（原文，减少为负）/ figure as printed (decreases negative)"),
    unit: z.enum(["万元", "percent", "count", "score", "vehicles", "people"]).describe("单位 / unit"),
    compared_to: z
      .string()
      .nullable()
      .describe("比较基准（增减：prior_year 等；占比：分母）/ basis of comparison (for a share: of what)"),
    quote: z.string().describe("原文摘录（含该数字的句子）/ verbatim excerpt of the sentence"),
    notes,
  }),
  primaryKey: ["document_id", "claim_id"],
  foreignKeys: [{ fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } }],
});
