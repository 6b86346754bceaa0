import type { CsvWriter } from "./csv.ts";
import type { DocContext, TableBody } from "./documents.ts";
import { money } from "./money.ts";

/** 项目支出表: one row per project, all of it general-budget money. */
export function writeProjects(out: CsvWriter, c: DocContext, at: TableBody): number {
  const { projects } = c.fig;
  projects.forEach((pr, i) =>
    out.row({
      document_id: c.id,
      table_id: at.tableId,
      line: at.first + i,
      name: pr.name,
      category: pr.category,
      amount: money(pr.amount),
      amount_general_budget: money(pr.amount),
      functional_code: pr.code,
      description: pr.description,
    }),
  );
  return at.first + Math.max(projects.length - 1, 0);
}
