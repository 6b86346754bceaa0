import { z } from "zod";
import { documentId } from "./fields.ts";
import { resource } from "./resource.ts";

/**
 * A check that is off by no more than the printed 尾差 (half a cent of 万元 per figure summed), recorded with the two
 * values it gives. A 尾差 is accepted only while the data gives exactly these values: a changed last digit anywhere
 * turns an exact check into an unrecorded 尾差, or a recorded one into other values, and is refused.
 */
export const rounding = resource({
  name: "rounding",
  path: "rounding.csv",
  description: "印刷尾差 / rounding differences as printed",
  row: z.object({
    document_id: documentId.describe("文档 / document id"),
    check: z
      .string()
      .regex(/^[^/]+\/T\d{2}\/[^/]+\/.+$/)
      .describe("校验键（文档/表/规则/对象/列）/ the check's key (document/table/rule/subject/column)"),
    printed: z.number().describe("印刷的合计（万元）/ the printed total (万元)"),
    sum: z.number().describe("各项相加（万元）/ the sum of the printed parts (万元)"),
    note: z.string().nullable().describe("说明 / note"),
  }),
  primaryKey: ["check"],
  foreignKeys: [{ fields: ["document_id"], reference: { resource: "documents", fields: ["document_id"] } }],
});
