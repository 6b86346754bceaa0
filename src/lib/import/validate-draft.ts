/** Run the validator on a draft directory; its failing identities and errors join the review list. */
import { validateDataDir } from "../data/validate.ts";
import type { ReviewItem } from "./review.ts";

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
      line: 0,
      table_id: "",
      reason: "validator-error",
      message: `${e.file}:${e.line}:${e.column}: ${e.rule}: ${e.message}`,
    });
  return { review, failing: failing.length, errors: report.errors.length };
}
