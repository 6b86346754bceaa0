import type { ReviewItem, ReviewReason } from "./review.ts";
import type { TableBlock } from "./segment.ts";
import { readAmount } from "./text.ts";

/** What a table parser gets: the table, the document, and the review list to add to. */
export interface ParseContext {
  table: TableBlock;
  document_id: string;
  /** documents.csv `scope_units` of a consolidated report (one entry for an own-level report). */
  scopeUnits: string[];
  review: ReviewItem[];
}

export function flag(ctx: ParseContext, line: number, reason: ReviewReason, message: string): void {
  ctx.review.push({ line, table_id: ctx.table.table_id, reason, message });
}

/** A figure cell as text for the CSV ("" = blank). A cell that is not a figure is flagged and left blank. */
export function figure(ctx: ParseContext, line: number, cell: string | undefined, what: string): string {
  const a = readAmount(cell);
  if (a === null) {
    flag(ctx, line, "cell-not-placed", `${what}: "${cell ?? ""}" is not a figure`);
    return "";
  }
  if (a.repaired) flag(ctx, line, "figure-repaired", `${what}: printed "${cell ?? ""}", read ${a.text ?? ""}`);
  return a.text ?? "";
}
