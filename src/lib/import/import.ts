/** A report's text → draft fact rows for one document, its tables and the review list. Pure: no file access. */
import type { Row } from "./columns.ts";
import type { ParseContext } from "./context.ts";
import { parseEconomic } from "./economic.ts";
import { parseFunctional } from "./functional.ts";
import { factKindOf, type FactKind } from "./kinds.ts";
import { parseProjects } from "./projects.ts";
import { reportStage, type Stage } from "./report.ts";
import type { ReviewItem } from "./review.ts";
import { findTables } from "./segment.ts";
import { parseSummary } from "./summary.ts";
import { textLines } from "./text.ts";
import { parseThreePublic } from "./three-public.ts";

export interface ImportOptions {
  document_id: string;
  /** Bodies a consolidated report covers, in the order its tables list them (documents.csv `scope_units`). */
  scopeUnits?: string[];
}

export interface Draft {
  stage: Stage;
  /** tables.csv rows. */
  tables: Row[];
  facts: Record<FactKind, Row[]>;
  review: ReviewItem[];
}

/** Throws NotAReportError (one line) for a text that is not a budget or final-account report. */
export function importReport(text: string, options: ImportOptions): Draft {
  const stage = reportStage(text);
  const review: ReviewItem[] = [];
  const blocks = findTables(textLines(text), review);
  const facts: Record<FactKind, Row[]> = { summary: [], functional: [], economic: [], three_public: [], projects: [] };
  const tables: Row[] = [];
  for (const table of blocks) {
    const kind = table.role ? factKindOf(table.role) : null;
    const ctx: ParseContext = {
      table,
      document_id: options.document_id,
      scopeUnits: options.scopeUnits ?? [],
      review,
    };
    let rows: Row[] = [];
    if (kind === "summary") rows = parseSummary(ctx);
    else if (kind === "functional") rows = parseFunctional(ctx);
    else if (kind === "economic") rows = parseEconomic(ctx);
    else if (kind === "three_public") rows = parseThreePublic(ctx, stage);
    else if (kind === "projects") rows = parseProjects(ctx);
    else if (table.role)
      review.push({
        line: table.line_start,
        table_id: table.table_id,
        reason: "not-imported",
        message: `${table.title} (${table.role}) recognised, not imported: transcribe by hand`,
      });
    if (kind) facts[kind].push(...rows);
    const printed = table.rows.some((l) => l.cells.some((c) => /\d/.test(c)));
    tables.push({
      document_id: options.document_id,
      table_id: table.table_id,
      table_no: table.table_no,
      title: table.title,
      line_start: String(table.line_start),
      line_end: String(table.line_end),
      rows: kind ? String(rows.length) : "",
      status: printed ? "data" : "printed_empty",
      role: table.role ?? "other",
      headline: "",
      notes: "",
    });
  }
  return { stage, tables, facts, review };
}
