/** Is this text a budget (预算) or final-account (决算) report? The importer refuses anything else in one line. */
import { roleOfTitle } from "./kinds.ts";
import { titleOf } from "./segment.ts";
import { textLines } from "./text.ts";

export type Stage = "budget" | "final";

export class NotAReportError extends Error {}

/**
 * The stage from the report's own table titles: titles that say 决算 make it a final account, any other standard
 * table title a budget. Refuses (NotAReportError) a text with no title of a standard table.
 */
export function reportStage(text: string): Stage {
  const titles = textLines(text)
    .map(titleOf)
    .filter((t): t is string => t !== null && roleOfTitle(t) !== null);
  if (!titles.length)
    throw new NotAReportError("not a budget or final-account report: no title of a standard budget table found");
  const finals = titles.filter((t) => t.includes("决算")).length;
  return finals * 2 > titles.length ? "final" : "budget";
}
