import { z } from "zod";
import { notes, provenance } from "./fields.ts";
import { resource } from "./resource.ts";

const printedText = (zh: string, en: string) =>
  z.string().nullable().describe(`${zh}（按原文，空白为空）/ ${en} as printed (blank when the cell is blank)`);

/** Points (分) as printed, blank = `null`. */
const points = (zh: string, en: string) =>
  z
    .number()
    .nullable()
    .describe(`${zh}（分，按原文；空白或无法辨认为空）/ ${en} in points as printed (blank or illegible: empty)`);

/**
 * One row per printed indicator row of the performance target and self-evaluation tables (绩效目标表 / 绩效自评表:
 * 一级/二级/三级指标 with their cells). Text stays as printed, OCR spaces and garbling included; a level the table
 * leaves blank on the line (a merged cell printed on another line) stays blank. The operator is its own column, the
 * target keeps the rest of the printed cell ("95%" of "≥95%").
 */
export const performanceIndicators = resource({
  name: "performance_indicators",
  path: "performance_indicators.csv",
  description:
    "绩效目标表与绩效自评表的指标行（一级、二级、三级指标及其数值） / indicator rows of the performance target and self-evaluation tables",
  row: z.object({
    ...provenance,
    seq: z
      .int()
      .min(1)
      .describe(
        "同一行中第几个指标（并排印出多组指标时，如沈丘预算12表的成本/产出/效益/满意度指标）/ position of the indicator on its line (1 unless several are printed side by side)",
      ),
    project: z
      .string()
      .nullable()
      .describe(
        "所属项目（政策）名称，与 performance.csv 一致（整体绩效表为空）/ the project the row belongs to, as in performance.csv (blank: the body as a whole)",
      ),
    level1: printedText("一级指标", "first-level indicator"),
    level2: printedText("二级指标", "second-level indicator"),
    level3: printedText("三级指标", "third-level indicator"),
    operator: z
      .enum(["eq", "ge", "le", "ge_sign", "le_sign"])
      .nullable()
      .describe(
        "运算符号，按原文字形：eq “=” / ge “>=” / le “<=” / ge_sign “≥” / le_sign “≤”（写成代码，免得电子表格把“=”当公式）；空白为空 / operator by its printed glyph (codes, so no spreadsheet reads = as a formula); blank when none is printed",
      ),
    target: printedText(
      "指标值 / 年度指标值（运算符号之后的原文，如“95%”）",
      "target value: the printed cell after its operator (e.g. 95%)",
    ),
    measure_unit: printedText("度量单位", "unit of measure"),
    deadline: printedText("完成时限", "deadline"),
    actual: printedText("全年完成值 / 实际完成值（自评表）", "value achieved (self-evaluation tables)"),
    completion: printedText(
      "完成程度（自评表；“1”或百分数）",
      "degree of completion (self-evaluation tables; 1 or a percentage)",
    ),
    weight: points("分值", "weight"),
    score: points("得分", "score"),
    status: z
      .enum(["value", "illegible"])
      .describe(
        "value 按原文读出 / illegible 该行部分单元格 OCR 无法辨认或并入他行（不猜）/ value: read as printed; illegible: cells garbled or merged into another line (never guessed)",
      ),
    printed: z
      .string()
      .nullable()
      .describe(
        "原文（分值、得分等数字与原文不同时，如 OCR 拆开的“3. 3”）/ the figures as printed where they differ from the values",
      ),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "line", "seq"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
    { fields: ["subunit_id"], reference: { resource: "units", fields: ["unit_id"] } },
  ],
});
