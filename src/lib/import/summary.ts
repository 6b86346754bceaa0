/** 收支总表 / 财政拨款收支总表 (two sides) → summary.csv rows; 收入表 by code or body goes to revenue.ts. */
import { classCode, withoutOrdinal } from "./classes.ts";
import { headerStack, widthOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import { byCode } from "./revenue.ts";
import { base, COLUMNS, EXPENDITURE, INCOME, match } from "./summary-labels.ts";
import { compact, readAmount, type TextLine } from "./text.ts";

export function parseSummary(ctx: ParseContext): Row[] {
  const { table } = ctx;
  const width = widthOf([...table.header, ...table.rows]);
  const stack = headerStack(table.header, width);
  const split = stack.findIndex(
    (cells, c) => c > 0 && cells.some((t) => /^支出\)?$|^支出$/.test(t.replace(/[)）]/g, ""))),
  );
  if (split > 0) return twoSided(ctx, stack, split, width);
  return byCode(ctx, stack, width);
}

/** Columns of one side: its label column, its 行次 column (integers only) and its amount columns, in order. */
function sideColumns(rows: TextLine[], from: number, to: number): { label: number; amounts: number[] } {
  const cols = [...Array(to - from).keys()].map((i) => from + i);
  const label = cols[0] ?? from;
  const isRowNo = (c: number) =>
    rows.some((r) => /^\d+$/.test(compact(r.cells[c] ?? ""))) &&
    rows.every((r) => compact(r.cells[c] ?? "") === "" || /^\d+$/.test(compact(r.cells[c] ?? "")));
  return { label, amounts: cols.filter((c) => c !== label && !isRowNo(c)) };
}

/** Column names by header order (positions drift between header rows, the order does not). */
function namesInOrder(stack: string[][], from: number, to: number): string[] {
  const names: string[] = [];
  for (let c = from; c < to; c++) {
    const cells = (stack[c] ?? []).filter((t) => !/^(项目|行次?|栏次|金额|预算数|决算数|收入|支出)$/.test(t));
    const label = cells.join("/");
    const name = label ? match(COLUMNS, [...cells].reverse().join("")) : null;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function twoSided(ctx: ParseContext, stack: string[][], split: number, width: number): Row[] {
  const rows: Row[] = [];
  const sides = [
    { side: "income", rules: INCOME, ...sideColumns(ctx.table.rows, 0, split), names: namesInOrder(stack, 0, split) },
    {
      side: "expenditure",
      rules: EXPENDITURE,
      ...sideColumns(ctx.table.rows, split, width),
      names: namesInOrder(stack, split, width),
    },
  ];
  for (const s of sides) {
    const single = s.names.length <= 1;
    if (!single && s.names.length < s.amounts.length)
      flag(
        ctx,
        ctx.table.header[0]?.line ?? ctx.table.line_start,
        "header-loose",
        `${s.side} side: ${s.amounts.length} columns, ${s.names.length} headings; matched in order`,
      );
    let lastItem = "";
    for (const l of ctx.table.rows) {
      const label = compact(l.cells[s.label] ?? "");
      const figures = s.amounts.map((c) => l.cells[c]);
      if (!label && !figures.some((f) => readAmount(f)?.text)) continue;
      const bare = withoutOrdinal(label);
      let item = match(s.rules, bare);
      let code = "";
      if (
        s.side === "income" &&
        lastItem.startsWith("carryover") &&
        item &&
        /^(general_budget|government_fund|state_capital)$/.test(item)
      )
        item = `carryover_${item}`;
      if (s.side === "expenditure" && !item) {
        code = classCode(bare);
        item = code ? "class" : bare === "结余分配" ? "other" : null;
      }
      if (!item) {
        flag(ctx, l.line, "label-unknown", `${s.side} label "${label}" not recognised: read as other`);
        item = "other";
      }
      lastItem = item;
      s.amounts.forEach((c, k) => {
        const column = single ? "amount" : s.names[k];
        if (!column) {
          if (readAmount(l.cells[c])?.text)
            flag(ctx, l.line, "cell-not-placed", `figure ${l.cells[c] ?? ""} under no heading`);
          return;
        }
        const amount = figure(ctx, l.line, l.cells[c], column);
        if (k > 0 && amount === "") return;
        if (single && k > 0) {
          if (amount) flag(ctx, l.line, "cell-not-placed", `second figure ${amount} on a one-column side`);
          return;
        }
        rows.push({
          ...base(ctx, l),
          side: s.side,
          item,
          code,
          name: l.cells[s.label] ?? "",
          column,
          amount,
          notes: "",
        });
      });
    }
  }
  return rows.sort((a, b) => Number(a.line) - Number(b.line) || (a.side === b.side ? 0 : a.side === "income" ? -1 : 1));
}
