import { z } from "zod";
import { notes, provenance, stage, year } from "./fields.ts";
import { resource } from "./resource.ts";

export const claims = resource({
  name: "claims",
  path: "claims.csv",
  description: "说明文字中的数字 / figures stated in the narrative",
  row: z.object({
    document_id: provenance.document_id,
    claim_id: z
      .string()
      .regex(/^C\d{3}$/)
      .describe("编号 / claim id"),
    line: provenance.line,
    subunit_id: provenance.subunit_id,
    subject: z
      .string()
      .regex(/^[a-z][a-z0-9_]*(:\d{3,7})?$/)
      .describe("所述指标 / what the figure is"),
    fiscal_year: year.describe("所指年度 / year the figure refers to"),
    stage: stage.describe("budget 预算 / final 决算"),
    kind: z
      .enum(["level", "change", "pct_change", "share", "execution_rate", "count", "score"])
      .describe(
        "level 数额 / change 增减额 / pct_change 增减率 / share 占比 / execution_rate 完成率 / count 数量 / score 得分",
      ),
    // Not money-typed: the unit is in the next column (万元, percent, counts, scores).
    amount: z.number().describe("数值（原文）/ figure as printed"),
    unit: z.enum(["万元", "percent", "count", "score", "vehicles", "people"]).describe("单位 / unit"),
    compared_to: z.string().nullable().describe("比较基准 / basis of comparison"),
    quote: z.string().describe("原文摘录 / verbatim excerpt"),
    notes,
  }),
  primaryKey: ["document_id", "claim_id"],
  foreignKeys: [{ fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } }],
});
