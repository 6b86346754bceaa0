/**
 * Building blocks of the row schemas: ids, codes, money and the provenance every fact row carries. A field is
 * required unless it is `.nullable()` (a blank cell is `null`, never zero or ""); its `.describe()` text is the
 * comment a reader sees in data/datapackage.json and data/README.md.
 */
import { z } from "zod";

const UNIT_ID = /^\d{6}-[a-z]+$/;

/** A reporting body: 6-digit division code + body type ("210300-bureau"). */
export const unitId = z.string().regex(UNIT_ID).brand<"UnitId">();

/** A report: unit id, year and stage ("210300-bureau-2024-budget"). */
export const documentId = z
  .string()
  .regex(/^\d{6}-[a-z]+-\d{4}-(budget|final)$/)
  .brand<"DocumentId">();

/** A functional (3/5/7-digit: 类/款/项) or economic (3/5-digit) classification code. */
export const classCode = (pattern: RegExp) => z.string().regex(pattern).brand<"ClassCode">();
export const FUNCTIONAL_CODE = /^(\d{3}|\d{5}|\d{7})$/;

/** Money in 万元 (10,000 yuan) as printed; blank = `null`. The unit is in the type and in the published schema. */
export const wan = z.number().brand<"万元">().nullable().meta({ unit: "万元" });

export const stage = z.enum(["budget", "final"]);

/** A fiscal year (the year a budget or final account is for). */
export const year = z.int().min(2000).max(2100);

/** Free text as printed or written by the curator; blank = `null`. */
export const notes = z.string().nullable().describe("备注 / notes");

/** Where each fact was printed: report, table and source line (data/curation/TRANSCRIPTION-SPEC.md). */
export const provenance = {
  document_id: documentId.describe("文档 / document id"),
  table_id: z
    .string()
    .regex(/^T\d{2}$/)
    .describe("表格编号（本项目所编，T01 起）/ our table id within the document"),
  line: z.int().min(1).describe("源文本行号（从 1 起）/ 1-based line in the source text"),
  subunit_id: unitId
    .nullable()
    .describe("汇总表中该行所属单位 / body a row belongs to in a consolidated table (blank: whole document)"),
};
