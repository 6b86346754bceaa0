/** 三公 table → three_public.csv rows. Across (one row of figures under item headings) or down (items by rows). */
import { headerStack, widthOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import type { Stage } from "./report.ts";
import { compact, readAmount } from "./text.ts";

const ITEMS: [RegExp, string][] = [
  [/合计/, "total"],
  [/出国/, "overseas"],
  [/购置及运行|小计/, "vehicle"],
  [/运行/, "vehicle_operation"],
  [/购置/, "vehicle_purchase"],
  [/接待/, "reception"],
];
function itemOf(label: string): string | null {
  for (const [re, item] of ITEMS) if (re.test(label)) return item;
  return null;
}

export function parseThreePublic(ctx: ParseContext, stage: Stage): Row[] {
  const { table } = ctx;
  const width = widthOf([...table.header, ...table.rows]);
  const stack = headerStack(table.header, width);
  const measures = stack.map((cells) =>
    cells.some((t) => /预算数/.test(t)) ? "budget" : cells.some((t) => /决算数/.test(t)) ? "final" : null,
  );
  const out: Row[] = [];
  const push = (line: number, item: string, measure: string, cell: string | undefined) =>
    out.push({
      document_id: ctx.document_id,
      table_id: table.table_id,
      line: String(line),
      subunit_id: "",
      item,
      measure,
      amount: figure(ctx, line, cell, `${item} ${measure}`),
      notes: "",
    });
  if (measures.some((m) => m)) {
    for (const l of table.rows) {
      const item = itemOf(compact(l.cells[0] ?? ""));
      if (!item) {
        flag(ctx, l.line, "label-unknown", `三公 row "${l.cells[0] ?? ""}" not recognised: not imported`);
        continue;
      }
      measures.forEach((m, c) => m && push(l.line, item, m, l.cells[c]));
    }
    return out;
  }
  // Across: the deepest heading over each column names its item.
  const items = stack.map(
    (cells) =>
      [...cells]
        .reverse()
        .map(itemOf)
        .find((x) => x !== null) ?? null,
  );
  for (const l of table.rows)
    l.cells.forEach((cell, c) => {
      const item = items[c];
      if (item) push(l.line, item, stage, cell);
      else if (readAmount(cell)?.text) flag(ctx, l.line, "cell-not-placed", `figure ${cell} under no 三公 heading`);
    });
  return out;
}
