/** 收支总表 / 财政拨款收支总表 (two sides) and 收入表 (by code or body) → summary.csv rows. */
import { classCode, withoutOrdinal } from "./classes.ts";
import { columnOf, headerStack, widthOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import { compact, readAmount, type TextLine } from "./text.ts";

const INCOME: [RegExp, string][] = [
  [/^其中[:：]?财政拨款/, "general_budget_fiscal"],
  [/使用非财政拨款结余/, "non_fiscal_surplus_used"],
  [/本年收入(合计)?$/, "current_year_total"],
  [/总计$|^收入合计$/, "grand_total"],
  [/结转/, "carryover"],
  [/一般公共预算/, "general_budget"],
  [/政府性基金/, "government_fund"],
  [/国有资本/, "state_capital"],
  [/财政专户/, "fiscal_special_account"],
  [/单位资金/, "unit_funds"],
  [/经营收入/, "operating_income"],
  [/事业收入/, "business_income"],
  [/上级补助/, "superior_subsidy"],
  [/附属单位/, "subsidiary_remittance"],
  [/其他收入/, "other_income"],
];
const EXPENDITURE: [RegExp, string][] = [
  [/本年支出(合计)?$/, "current_year_total"],
  [/总计$|^支出合计$/, "grand_total"],
  [/(年终|年末).*结转/, "year_end_carryover"],
  [/^基本支出/, "basic"],
  [/^项目支出/, "project"],
];
const COLUMNS: [RegExp, string][] = [
  [/其中.*财政拨款/, "general_budget_fiscal"],
  [/一般公共预算/, "general_budget"],
  [/财政拨款/, "general_budget"],
  [/政府性基金/, "government_fund"],
  [/国有资本/, "state_capital"],
  [/财政专户/, "fiscal_special_account"],
  [/单位资金/, "unit_funds"],
  [/事业单位经营|经营收入/, "operating_income"],
  [/事业收入/, "business_income"],
  [/上级补助/, "superior_subsidy"],
  [/附属单位/, "subsidiary_remittance"],
  [/其他收入/, "other_income"],
  [/结转/, "carryover"],
  [/合计|总计|小计/, "total"],
];

function match(rules: [RegExp, string][], label: string): string | null {
  for (const [re, v] of rules) if (re.test(label)) return v;
  return null;
}

function base(ctx: ParseContext, l: TextLine): Row {
  return { document_id: ctx.document_id, table_id: ctx.table.table_id, line: String(l.line), subunit_id: "" };
}

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

/** 收入表 by classification code or by body: one row per code, one fact per printed column. */
function byCode(ctx: ParseContext, stack: string[][], width: number): Row[] {
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
