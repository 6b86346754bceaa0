import { z } from "zod";
import { notes, provenance, stage, wan } from "./fields.ts";
import { resource } from "./resource.ts";

/** One row per printed cell of the 三公 table, blank cells included (a printed zero is not a blank). */
export const threePublic = resource({
  name: "three_public",
  path: "three_public.csv",
  description: "“三公”经费 / the three public expenses",
  row: z.object({
    ...provenance,
    item: z
      .enum(["total", "overseas", "vehicle", "vehicle_purchase", "vehicle_operation", "reception"])
      .describe(
        "total 合计 / overseas 因公出国（境）/ vehicle 公务用车购置及运行 / vehicle_purchase 购置 / vehicle_operation 运行 / reception 公务接待",
      ),
    measure: stage.describe("预算数 budget / 决算数 final"),
    amount: wan.describe("金额（空白=表中空白）/ amount (blank = blank cell)"),
    notes,
  }),
  primaryKey: ["document_id", "table_id", "item", "measure", "subunit_id"],
  foreignKeys: [
    { fields: ["document_id", "table_id"], reference: { resource: "tables", fields: ["document_id", "table_id"] } },
  ],
});
