/** The draft as the files of a data/ directory: CSV text per resource, in the schema's column order. */
import { toCsv } from "../data/csv.ts";
import { loadDataPackage } from "../data/datapackage.ts";
import type { Row } from "./columns.ts";
import type { Draft } from "./import.ts";
import type { ReviewItem } from "./review.ts";

/**
 * `given` holds the rows the draft cannot write itself (units, documents, classifications: the curator's entries).
 * Every other resource the schema lists is written from the draft, header only where the draft has no rows.
 */
export function draftFiles(draft: Draft, given: Record<string, Row[]> = {}): Map<string, string> {
  const files = new Map<string, string>();
  const rowsOf: Record<string, Row[]> = { ...given, tables: draft.tables, claims: draft.claims, ...draft.facts };
  for (const res of loadDataPackage().resources) {
    const header = res.schema.fields.map((f) => f.name);
    const rows = (rowsOf[res.name] ?? []).map((r) => header.map((h) => r[h] ?? ""));
    files.set(res.path, toCsv(header, rows));
  }
  return files;
}

export function reviewCsv(review: ReviewItem[]): string {
  const sorted = [...review].sort((a, b) => a.line - b.line);
  return toCsv(
    ["line", "table_id", "reason", "message"],
    sorted.map((r) => [r.line, r.table_id, r.reason, r.message]),
  );
}

export function reviewMarkdown(review: ReviewItem[], source: string): string {
  const sorted = [...review].sort((a, b) => a.line - b.line);
  const lines = [
    `# Review list: ${source}`,
    "",
    `${sorted.length} items. Each needs a curator's look before the draft is merged into data/.`,
    "",
    "| line | table | reason | what |",
    "| ---: | --- | --- | --- |",
    ...sorted.map((r) => `| ${r.line} | ${r.table_id} | ${r.reason} | ${r.message.replace(/\|/g, "\\|")} |`),
    "",
  ];
  return lines.join("\n");
}
