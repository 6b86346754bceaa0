/** Run the validator on a draft directory; its failing identities and errors join the review list. */
import { readFileSync } from "node:fs";
import { splitCsvLine } from "../data/csv.ts";
import { validateDataDir } from "../data/validate.ts";
import type { ReviewItem } from "./review.ts";

/** The source line and table of the draft row an error points at (file line → its `line` and `table_id` cells). */
function sourceOf(file: string, fileLine: number): { line: number; table_id: string } {
  try {
    const lines = readFileSync(file, "utf8").split(/\r?\n/);
    const header = splitCsvLine(lines[0] ?? "").cells;
    const cells = splitCsvLine(lines[fileLine - 1] ?? "").cells;
    const at = (name: string) => cells[header.indexOf(name)] ?? "";
    return { line: Number(at("line")) || 0, table_id: at("table_id") };
  } catch {
    return { line: 0, table_id: "" };
  }
}

export function validateDraft(
  dir: string,
  sources?: string,
): { review: ReviewItem[]; failing: number; errors: number } {
  const report = validateDataDir(dir, { sources });
  const review: ReviewItem[] = [];
  const failing = report.checks.filter((c) => c.status === "fail");
  for (const c of failing)
    review.push({
      line: c.line,
      table_id: c.table_id,
      reason: "identity-fails",
      message: `${c.key}: printed ${c.expected}, parts sum to ${c.actual}`,
    });
  for (const e of report.errors)
    review.push({
      ...(e.line > 1 ? sourceOf(e.file, e.line) : { line: 0, table_id: "" }),
      reason: "validator-error",
      message: `${e.file}:${e.line}:${e.column}: ${e.rule}: ${e.message}`,
    });
  return { review, failing: failing.length, errors: report.errors.length };
}
