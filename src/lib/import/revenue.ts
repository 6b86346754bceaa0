/** 收入表 printed by classification code or by body (one row per code or body, one fact per column). */
import { columnOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import { base, COLUMNS, match } from "./summary-labels.ts";
import { compact, readAmount } from "./text.ts";

/** 收入表 by classification code or by body: one row per code, one fact per printed column. */
export function byCode(ctx: ParseContext, stack: string[][], width: number): Row[] {
  let nameCol = columnOf(stack, /名称/);
  if (nameCol < 0) nameCol = 1;
  const amounts = [...Array(Math.max(0, width - nameCol - 1)).keys()].map((i) => nameCol + 1 + i);
  // By position: each heading names the column it is printed over; a second column of the same name is not read.
  const seen = new Set<string>();
  const names = amounts.map((c) => {
    const cells = stack[c] ?? [];
    const name = cells.length ? match(COLUMNS, [...cells].reverse().join("")) : null;
    if (!name || seen.has(name)) return undefined;
    seen.add(name);
    return name;
  });
  const rows: Row[] = [];
  for (const l of ctx.table.rows) {
    const code = compact(l.cells.slice(0, nameCol).join(""));
    const name = compact(l.cells[nameCol] ?? "");
    const unitCol = columnOf(stack, /单位.*代码/) >= 0;
    const item = !code
      ? /^合计$/.test(name)
        ? "current_year_total"
        : "grand_total"
      : unitCol
        ? "unit_row"
        : "by_code";
    if (!code && name && !/^合计$/.test(name))
      flag(ctx, l.line, "label-unknown", `row "${name}" without code read as a total`);
    if (code && !unitCol && code.length % 2 === 0)
      flag(ctx, l.line, "code-repaired", `code ${code} has ${code.length} digits (truncated?): kept as printed`);
    amounts.forEach((c, k) => {
      const column = names[k];
      const text = l.cells[c];
      if (!column) {
        if (readAmount(text)?.text) flag(ctx, l.line, "cell-not-placed", `figure ${text ?? ""} under no heading`);
        return;
      }
      const amount = figure(ctx, l.line, text, column);
      if (!amount) return;
      rows.push({
        ...base(ctx, l),
        side: "income",
        item,
        code,
        name: l.cells[nameCol] ?? "",
        column,
        amount,
        notes: "",
      });
    });
  }
  return rows;
}
