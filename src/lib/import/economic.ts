/** 基本支出表 (by economic classification) → economic.csv rows: one code column, or side-by-side blocks. */
import { readCode } from "./codes.ts";
import { headerStack, widthOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import { compact, readAmount } from "./text.ts";

const EMPTY = {
  subunit_id: "",
  section: "",
  gov_code: "",
  gov_name: "",
  total: "",
  personnel: "",
  public: "",
  notes: "",
};

export function parseEconomic(ctx: ParseContext): Row[] {
  const { table } = ctx;
  const width = widthOf([...table.header, ...table.rows]);
  const stack = headerStack(table.header, width);
  const codeCols = stack.map((cells, c) => (cells.some((t) => /编码$/.test(t)) ? c : -1)).filter((c) => c >= 0);
  const blocks = stack.filter((cells) => cells.some((t) => /^科目编码$/.test(t))).length;
  return blocks > 1 && !stack.some((cells) => cells.some((t) => /政府预算/.test(t)))
    ? sideBySide(ctx, stack)
    : oneColumn(ctx, stack, codeCols);
}

function kindOf(code: string): string {
  return code.length === 3 ? "class" : "item";
}

function oneColumn(ctx: ParseContext, stack: string[][], codeCols: number[]): Row[] {
  const codeCol = codeCols[0] ?? 0;
  const govCol = codeCols[1] ?? -1;
  const at = (re: RegExp) => stack.findIndex((cells) => cells.some((t) => re.test(t)));
  const totalCol = at(/^合计$/);
  const personnelCol = at(/人员经费/);
  const publicCol = at(/公用经费/);
  const rows: Row[] = [];
  for (const l of ctx.table.rows) {
    const code = readCode([l.cells[codeCol] ?? ""], [3, 5]);
    if (code.repair) flag(ctx, l.line, "code-repaired", code.repair);
    const name = l.cells[codeCol + 1] ?? "";
    const total = !code.printed && (/^合计$/.test(compact(name)) || compact(name) === "");
    if (!code.code && !total) {
      flag(ctx, l.line, "row-shape", `row "${name}" has no economic code it can read: not imported`);
      continue;
    }
    const row: Row = {
      document_id: ctx.document_id,
      table_id: ctx.table.table_id,
      line: String(l.line),
      ...EMPTY,
      row_kind: total ? "total" : kindOf(code.code),
      code_printed: code.printed,
      code: code.code,
      name,
    };
    if (govCol >= 0) {
      row.gov_code = compact(l.cells[govCol] ?? "");
      row.gov_name = l.cells[govCol + 1] ?? "";
    }
    const placed = new Set([totalCol, personnelCol, publicCol]);
    if (totalCol >= 0) row.total = figure(ctx, l.line, l.cells[totalCol], "total");
    if (personnelCol >= 0) row.personnel = figure(ctx, l.line, l.cells[personnelCol], "personnel");
    if (publicCol >= 0) row.public = figure(ctx, l.line, l.cells[publicCol], "public");
    l.cells.forEach((c, i) => {
      if (!placed.has(i) && i > (govCol >= 0 ? govCol + 1 : codeCol + 1) && readAmount(c)?.text)
        flag(ctx, l.line, "cell-not-placed", `figure ${c} in column ${i + 1} with no known heading`);
    });
    rows.push(orderKeys(row));
  }
  return rows;
}

/** 决算 layout: blocks of 科目编码 | 科目名称 | 决算数 side by side; 人员经费 heads the first, 公用经费 the rest. */
function sideBySide(ctx: ParseContext, stack: string[][]): Row[] {
  const starts = stack.map((cells, c) => (cells.some((t) => /^科目编码$/.test(t)) ? c : -1)).filter((c) => c >= 0);
  const publicFrom = stack.findIndex((cells) => cells.some((t) => /公用经费/.test(t)));
  const rows: Row[] = [];
  for (const l of ctx.table.rows) {
    const label = compact(l.cells.join(""));
    if (/人员经费合计|公用经费合计|公用经费|费合计/.test(label) && !l.cells.some((c) => /^\d{3,5}$/.test(compact(c)))) {
      totals(ctx, l, rows);
      continue;
    }
    for (const s of starts) {
      const code = readCode([l.cells[s] ?? ""], [3, 5]);
      if (!code.printed) continue;
      if (code.repair) flag(ctx, l.line, "code-repaired", code.repair);
      if (!code.code) continue;
      rows.push(
        orderKeys({
          document_id: ctx.document_id,
          table_id: ctx.table.table_id,
          line: String(l.line),
          ...EMPTY,
          row_kind: kindOf(code.code),
          section: publicFrom >= 0 && s >= publicFrom - 1 ? "public" : "personnel",
          code_printed: code.printed,
          code: code.code,
          name: l.cells[s + 1] ?? "",
          total: figure(ctx, l.line, l.cells[s + 2], `${code.printed} 决算数`),
        }),
      );
    }
  }
  return rows;
}

/** The 人员经费合计 / 公用经费合计 line: labels may be split across cells; figures in order. */
function totals(ctx: ParseContext, l: { line: number; cells: string[] }, rows: Row[]): void {
  const figures = l.cells.map((c) => readAmount(c)?.text ?? null).filter((t): t is string => t !== null);
  const labels = ["personnel", "public"];
  if (figures.length !== 2) flag(ctx, l.line, "row-shape", `total line with ${figures.length} figures (expected 2)`);
  else flag(ctx, l.line, "header-loose", "人员经费合计 / 公用经费合计 read in order from a line with split labels");
  figures.slice(0, 2).forEach((f, k) =>
    rows.push(
      orderKeys({
        document_id: ctx.document_id,
        table_id: ctx.table.table_id,
        line: String(l.line),
        ...EMPTY,
        row_kind: "total",
        section: labels[k] ?? "",
        code_printed: "",
        code: "",
        name: k === 0 ? "人员经费合计" : "公用经费合计",
        total: f,
      }),
    ),
  );
}

const ORDER = ["document_id", "table_id", "line", "subunit_id", "row_kind", "section", "code_printed", "code", "name"];
function orderKeys(r: Row): Row {
  return Object.fromEntries(
    [...ORDER, ...Object.keys(r).filter((k) => !ORDER.includes(k))].map((k) => [k, r[k] ?? ""]),
  );
}

/**
 * Rows printed without title or header whose first cells are an economic code split as 类 | 款 (302 | 02) and a name,
 * optionally followed by a government economic code split the same way. Recognised by content only, so every row
 * goes to the review list; the first figure is read as the total, the others are not placed.
 */
export function looksEconomic(rows: { cells: string[] }[]): boolean {
  return (
    rows.length > 0 &&
    rows.every((l) => /^3\d\d$/.test(compact(l.cells[0] ?? "")) && /^\d\d$/.test(compact(l.cells[1] ?? "")))
  );
}

export function parseHeadlessEconomic(ctx: ParseContext): Row[] {
  return ctx.table.rows.map((l) => {
    const c = l.cells.map(compact);
    const gov = /^5\d\d$/.test(c[3] ?? "") && /^\d\d$/.test(c[4] ?? "");
    const figures = l.cells.slice(gov ? 6 : 3);
    const first = figures.findIndex((f) => readAmount(f)?.text);
    flag(ctx, l.line, "header-loose", "headless economic rows: first figure read as total, columns not known");
    return orderKeys({
      document_id: ctx.document_id,
      table_id: ctx.table.table_id,
      line: String(l.line),
      ...EMPTY,
      row_kind: "item",
      code_printed: `${c[0] ?? ""}|${c[1] ?? ""}`,
      code: `${c[0] ?? ""}${c[1] ?? ""}`,
      name: l.cells[2] ?? "",
      gov_code: gov ? `${c[3] ?? ""}${c[4] ?? ""}` : "",
      gov_name: gov ? (l.cells[5] ?? "") : "",
      total: first >= 0 ? figure(ctx, l.line, figures[first], "total") : "",
    });
  });
}
