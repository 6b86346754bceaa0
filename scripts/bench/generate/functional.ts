import { FUNCTIONAL_NAMES } from "./codes.ts";
import { codeRow, type CsvWriter, type Row } from "./csv.ts";
import type { DocContext, TableBody } from "./documents.ts";
import { emptyLine, type Line, lineTotal } from "./figures.ts";
import { cell } from "./money.ts";

function addInto(target: Line, l: Line): void {
  for (const k of Object.keys(target) as (keyof Line)[]) target[k] += l[k];
}

/** Items plus their 款 and 类 rows (sums of their items), sorted by code. */
export function functionalRollup(items: Map<string, Line>): Map<string, Line> {
  const out = new Map<string, Line>();
  const add = (code: string, l: Line) => {
    const t = out.get(code) ?? emptyLine();
    addInto(t, l);
    out.set(code, t);
  };
  for (const [code, l] of items) {
    if (lineTotal(l) === 0) continue;
    add(code.slice(0, 3), l);
    add(code.slice(0, 5), l);
    add(code, l);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** The amount columns of a row, in one of the two layouts of the functional table. */
function amountColumns(layout: DocContext["layout"], x: Line): Row {
  return layout === "A"
    ? { personnel: cell(x.wages + x.households), public: cell(x.goods + x.capital), project: cell(x.op + x.sp) }
    : {
        personnel_wages: cell(x.wages),
        personnel_households: cell(x.households),
        public_goods: cell(x.goods),
        public_capital: cell(x.capital),
        project: cell(x.op + x.sp),
        project_operating: cell(x.op),
        project_specific: cell(x.sp),
      };
}

/** A functional table (支出总表, or 一般公共预算支出表 with the same figures): total row, then 类, 款 and 项. */
export function writeFunctional(out: CsvWriter, c: DocContext, at: TableBody, rollup: Map<string, Line>): number {
  let l = at.first;
  const grand = emptyLine();
  for (const [code, x] of rollup) if (code.length === 3) addInto(grand, x);
  const row = (kind: string, code: string | null, name: string, x: Line) =>
    out.row({
      ...codeRow(c.id, at.tableId, l++, kind, code, name),
      total: cell(lineTotal(x)),
      basic: cell(x.wages + x.households + x.goods + x.capital),
      ...amountColumns(c.layout, x),
    });
  row("total", null, "合计", grand);
  for (const [code, x] of rollup)
    row(code.length === 3 ? "class" : code.length === 5 ? "section" : "item", code, FUNCTIONAL_NAMES[code] ?? code, x);
  return l - 1;
}
