/** Is this text a budget (预算) or final-account (决算) report? The importer refuses anything else in one line. */
import { compact } from "./text.ts";

export type Stage = "budget" | "final";

export class NotAReportError extends Error {}

/**
 * The stage from the report's own words: 决算 tables (…决算表, 决算总表) make it a final account, 预算 tables a budget.
 * Refuses (NotAReportError) a text with no table of either kind.
 */
export function reportStage(text: string): Stage {
  const lines = text.split(/\r?\n/).map(compact);
  const count = (re: RegExp) => lines.filter((l) => l.length <= 60 && re.test(l)).length;
  const finals = count(/决算(明细|总)?表$/);
  const budgets = count(/预算(总|明细)?表$|(收支|收入|支出)总表$|(情况|总体情况)表$|预算\d+表$/);
  if (finals === 0 && budgets === 0)
    throw new NotAReportError("not a budget or final-account report: no 预算/决算 table title found");
  return finals > budgets ? "final" : "budget";
}
