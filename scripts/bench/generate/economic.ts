import { ECONOMIC_NAMES } from "./codes.ts";
import { codeRow, type CsvWriter } from "./csv.ts";
import type { DocContext, TableBody } from "./documents.ts";
import { cell, sumPrefix } from "./money.ts";

/** 基本支出表: basic spending by economic classification, 类 then their 款; 302 is 公用, the rest 人员. */
export function writeEconomic(out: CsvWriter, c: DocContext, at: TableBody): number {
  const { econ } = c.fig;
  let l = at.first;
  const row = (kind: string, code: string | null, name: string, amount: number, personnelSide: boolean) =>
    out.row({
      ...codeRow(c.id, at.tableId, l++, kind, code, name),
      total: cell(amount),
      personnel: personnelSide ? cell(amount) : null,
      public: personnelSide ? null : cell(amount),
    });
  out.row({
    ...codeRow(c.id, at.tableId, l++, "total", null, "合计"),
    total: cell(c.fig.basic),
    personnel: cell(sumPrefix(econ, "301") + sumPrefix(econ, "303")),
    public: cell(sumPrefix(econ, "302")),
  });
  for (const cls of ["301", "302", "303"]) {
    const kids = [...econ].filter(([k, v]) => k.startsWith(cls) && v !== 0).sort(([a], [b]) => a.localeCompare(b));
    if (!kids.length) continue;
    row("class", cls, ECONOMIC_NAMES[cls] ?? cls, sumPrefix(econ, cls), cls !== "302");
    for (const [k, v] of kids) row("item", k, ECONOMIC_NAMES[k] ?? k, v, cls !== "302");
  }
  return l - 1;
}
