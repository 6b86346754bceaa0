import { z } from "zod";
import { notes, provenance } from "./fields.ts";
import { resource } from "./resource.ts";

/** What a performance table's figure is; the money items are 万元, `rate` is %, the scores are points (分). */
export const PERFORMANCE_ITEMS = [
  "budget",
  "budget_initial_revenue",
  "budget_initial_expenditure",
  "fund_government",
  "fund_special_account",
  "fund_unit",
  "basic",
  "project",
  "spent",
  "rate",
  "weight",
  "score",
  "indicator_score",
  "rate_score",
  "deduction",
  "total_score",
] as const;

/**
 * One row per printed figure of the performance target and self-evaluation tables (绩效目标表 / 绩效自评表): their
 * money, execution rates and scores, not their indicator rows. A cell the OCR garbled keeps its text in `printed`,
 * with no value and status `illegible` (never a guess).
 */
export const performance = resource({
  name: "performance",
  path: "performance.csv",
  description:
    "绩效目标表与绩效自评表的金额、执行率与得分 / figures of the performance target and self-evaluation tables",
  row: z.object({
    ...provenance,
    project: z
      .string()
      .nullable()
      .describe(
        "项目（政策）名称（按原文读出；整体绩效表、合计行与单位行为空）/ project name as read (blank: the body as a whole, a total or unit row)",
      ),
    label: z
      .string()
      .nullable()
      .describe(
        "行名（对应项目、资金来源、单位编码或项目编码，按原文读出）/ row label as read: task, fund source, body or project code",
      ),
    item: z
      .enum(PERFORMANCE_ITEMS)
      .describe(
        "budget 预算资金/预算金额/下达金额 / budget_initial_revenue 年初预算收入 / budget_initial_expenditure 年初预算支出 / fund_government 政府预算资金 / fund_special_account 财政专户管理资金 / fund_unit 单位资金 / basic 基本支出 / project 项目支出 / spent 全年执行数/执行金额 / rate 执行率 / weight 分值 / score 得分 / indicator_score 指标自评得分小计 / rate_score 预算执行率得分 / deduction 减分项 / total_score 总得分",
      ),
    value: z
      .number()
      .nullable()
      .describe(
        "数值（按原文；空白或无法辨认时为空）/ the figure as printed (blank when the cell is blank or illegible)",
      ),
    unit: z
      .enum(["万元", "%", "分"])
      .describe("单位：万元、%（执行率）或分（分值、得分）/ unit: 万元, % (rate) or points"),
    printed: z
      .string()
      .nullable()
      .describe(
        "原文（文本与数值不同时，如 OCR 拆开的“58. 67”或无法辨认的“8. . 445”）/ the text as printed where it differs from the value",
      ),
    status: z
      .enum(["value", "blank", "illegible"])
      .describe("value 有数 / blank 表中空白 / illegible OCR 无法辨认（数值为空，原文见 printed）"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line", "item"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
    { fields: ["subunit_id"], reference: { resource: "units", fields: ["unit_id"] } },
  ],
});
