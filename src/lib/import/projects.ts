/** 项目支出表 → projects.csv rows: one per printed project (total and body rows left out). */
import { columnOf, headerStack, widthOf, type Row } from "./columns.ts";
import { figure, flag, type ParseContext } from "./context.ts";
import { compact, readAmount } from "./text.ts";

export function parseProjects(ctx: ParseContext): Row[] {
  const { table } = ctx;
  const width = widthOf([...table.header, ...table.rows]);
  const stack = headerStack(table.header, width);
  const nameCol = columnOf(stack, /项目名称/);
  if (nameCol < 0) {
    flag(ctx, table.line_start, "header-loose", "no 项目名称 column: table not imported");
    return [];
  }
  const categoryCol = columnOf(stack, /^类型$|项目类别/);
  const descCol = columnOf(stack, /项目内容|项目概述/);
  const codeCol = columnOf(stack, /功能分类|科目编码/);
  const amountCol = columnOf(stack, /^(总计|合计)$/);
  const generalCol = columnOf(stack, /^一般公共预算$/);
  if (amountCol < 0) flag(ctx, table.line_start, "header-loose", "no 总计/合计 column found");
  const out: Row[] = [];
  for (const l of table.rows) {
    const name = compact(l.cells[nameCol] ?? "");
    if (!name || /^\d+$/.test(name) || /^(合计|总计)$/.test(name)) continue;
    if (!l.cells.some((c) => readAmount(c)?.text)) {
      // Headings of columns continued on another page (上年结转结余 | 政府性基金预算 …) print no figure.
      flag(ctx, l.line, "row-shape", `row "${name}" prints no figure: read as a heading, not a project`);
      continue;
    }
    const category = categoryCol >= 0 ? compact(l.cells[categoryCol] ?? "") : "";
    out.push({
      document_id: ctx.document_id,
      table_id: table.table_id,
      line: String(l.line),
      subunit_id: "",
      name: l.cells[nameCol] ?? "",
      category: /^(特定目标类|其他运转类)$/.test(category) ? category : "",
      amount: amountCol >= 0 ? figure(ctx, l.line, l.cells[amountCol], "amount") : "",
      amount_general_budget: generalCol >= 0 ? figure(ctx, l.line, l.cells[generalCol], "一般公共预算") : "",
      functional_code: codeCol >= 0 ? compact(l.cells[codeCol] ?? "") : "",
      description: descCol >= 0 ? (l.cells[descCol] ?? "") : "",
      notes: "",
    });
  }
  return out;
}
