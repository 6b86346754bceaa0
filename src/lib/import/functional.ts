/** 支出总表 / 一般公共预算支出表 (by functional classification) → functional.csv rows. */
import { readCode } from "./codes.ts";
import { columnOf, headerStack, widthOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import { assignSubunits, itemsPrintedAsSections } from "./functional-rows.ts";
import { compact, readAmount } from "./text.ts";

const FIELDS: [RegExp, string][] = [
  [/其他运转/, "project_operating"],
  [/特定目标/, "project_specific"],
  [/工资福利/, "personnel_wages"],
  [/对个人和家庭/, "personnel_households"],
  [/商品和服务/, "public_goods"],
  [/资本性/, "public_capital"],
  [/人员经费/, "personnel"],
  [/公用经费/, "public"],
  [/基本支出/, "basic"],
  [/项目支出/, "project"],
  [/合计|总计/, "total"],
];
const CLASS_COLUMNS = /工资福利|对个人和家庭|商品和服务|资本性/;

function fieldOf(label: string): string | null {
  for (const [re, f] of FIELDS) if (re.test(label)) return f;
  return null;
}

/** Amount column → functional.csv column, from the header cells above it. */
export function functionalColumns(ctx: ParseContext, first: number, stackIn: string[][]): Map<number, string> {
  const line = ctx.table.header[0]?.line ?? ctx.table.line_start;
  // A header row of economic-class sub-headings printed left of the figures has lost its positions (PDF conversion).
  const shifted = ctx.table.header.find((h) => h.cells.slice(0, first).some((c) => CLASS_COLUMNS.test(compact(c))));
  const stack = shifted
    ? headerStack(
        ctx.table.header.filter((h) => h !== shifted),
        stackIn.length,
      )
    : stackIn;
  const out = new Map<number, string>();
  for (let c = first; c < stack.length; c++) {
    const cells = stack[c] ?? [];
    const bottom = cells[cells.length - 1] ?? "";
    // 小计 belongs to the group heading above it (printed one column to the left when positions drift).
    const above = [...cells.slice(0, -1), ...(stack[c - 1] ?? [])].map(fieldOf);
    const f = /^小计$/.test(bottom)
      ? (above.find((x) => x === "basic" || x === "project") ?? "total")
      : ([...cells]
          .reverse()
          .map(fieldOf)
          .find((x) => x !== null) ?? null);
    if (f) out.set(c, f);
  }
  if (shifted) {
    // 人员经费 / 公用经费 printed over two columns each: their economic classes, as the shifted row lists them.
    for (const [c, f] of [...out]) {
      const next = out.get(c + 1);
      if (f === "personnel" && !next) {
        out.set(c, "personnel_wages");
        out.set(c + 1, "personnel_households");
      }
      if (f === "public" && (!next || next === "project")) {
        out.set(c, "public_goods");
        out.set(c + 1, "public_capital");
      }
    }
    flag(
      ctx,
      shifted.line,
      "header-loose",
      "header row of economic classes printed out of position: columns placed from the group headings",
    );
  }
  const seen = new Set<string>();
  for (const [c, f] of [...out]) {
    if (seen.has(f)) {
      out.delete(c);
      flag(ctx, line, "header-loose", `two columns read as ${f}: the second (column ${c + 1}) is not imported`);
    }
    seen.add(f);
  }
  return out;
}

const AMOUNTS = [
  "total",
  "basic",
  "personnel",
  "personnel_wages",
  "personnel_households",
  "public",
  "public_goods",
  "public_capital",
  "project",
  "project_operating",
  "project_specific",
];

export function parseFunctional(ctx: ParseContext): Row[] {
  const { table } = ctx;
  const width = widthOf([...table.header, ...table.rows]);
  const stack = headerStack(table.header, width);
  let nameCol = columnOf(stack, /名称/);
  if (nameCol < 0) nameCol = 1;
  const unitCol = columnOf(stack, /单位代/);
  const codeCols = [...Array(nameCol).keys()].filter((c) => c !== unitCol);
  const columns = functionalColumns(ctx, nameCol + 1, stack);
  const rows: Row[] = [];
  for (const l of table.rows) {
    const code = readCode(
      codeCols.map((c) => l.cells[c] ?? ""),
      [3, 5, 7],
    );
    const unitCode = unitCol >= 0 ? compact(l.cells[unitCol] ?? "") : "";
    const name = compact(l.cells[nameCol] ?? "");
    if (code.repair) flag(ctx, l.line, "code-repaired", code.repair);
    const kind = unitCode
      ? "unit"
      : code.code
        ? ({ 3: "class", 5: "section", 7: "item" } as Record<number, string>)[code.code.length]
        : /^(合计|总计)$/.test(name) || name === ""
          ? "total"
          : null;
    if (!kind) {
      flag(ctx, l.line, "row-shape", `row "${name}" has no code it can read: not imported`);
      continue;
    }
    const row: Row = {
      document_id: ctx.document_id,
      table_id: table.table_id,
      line: String(l.line),
      subunit_id: "",
      row_kind: kind,
      code_printed: kind === "unit" ? unitCode : code.printed,
      code: kind === "unit" || kind === "total" ? "" : code.code,
      name: l.cells[nameCol] ?? "",
    };
    for (const f of AMOUNTS) row[f] = "";
    for (let c = nameCol + 1; c < l.cells.length; c++) {
      const f = columns.get(c);
      if (f) row[f] = figure(ctx, l.line, l.cells[c], f);
      else if (readAmount(l.cells[c])?.text)
        flag(ctx, l.line, "cell-not-placed", `figure ${l.cells[c] ?? ""} in column ${c + 1} with no known heading`);
    }
    rows.push(row);
  }
  itemsPrintedAsSections(ctx, rows);
  assignSubunits(ctx, rows);
  return rows.map((r) => ({ ...r, notes: "" }));
}
