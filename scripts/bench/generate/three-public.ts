import type { CsvWriter } from "./csv.ts";
import type { DocContext, TableBody } from "./documents.ts";
import { type ThreePublic, threePublicTotal } from "./figures.ts";
import { cell } from "./money.ts";

/** Whether the 三公 table has figures: any in this document, or in the budget a final account prints beside them. */
export const threePublicShown = (c: DocContext) =>
  threePublicTotal(c.fig.three) !== 0 || (c.budget !== null && threePublicTotal(c.budget.three) !== 0);

/**
 * “三公”经费: budget figures; a final account also prints the budget beside the final figures. A table printed with
 * no figures has no fact rows (tables.csv says printed_empty, rows 0).
 */
export function writeThreePublic(out: CsvWriter, c: DocContext, at: TableBody, shown: boolean): number {
  if (!shown) return at.first;
  const measures: [string, ThreePublic][] =
    c.final && c.budget
      ? [
          ["budget", c.budget.three],
          ["final", c.fig.three],
        ]
      : [["budget", c.fig.three]];
  for (const [measure, x] of measures) {
    const items: [string, number][] = [
      ["total", threePublicTotal(x)],
      ["overseas", x.overseas],
      ["vehicle", x.purchase + x.operation],
      ["vehicle_purchase", x.purchase],
      ["vehicle_operation", x.operation],
      ["reception", x.reception],
    ];
    for (const [item, amount] of items)
      out.row({
        document_id: c.id,
        table_id: at.tableId,
        line: at.first,
        item,
        measure,
        amount: cell(amount),
        notes: null,
      });
  }
  return at.first;
}
