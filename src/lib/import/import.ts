/** A report's text → draft fact rows for one document, its tables and the review list. Pure: no file access. */
import { draftClaims } from "./claims.ts";
import type { Row } from "./columns.ts";
import type { ParseContext } from "./context.ts";
import { looksEconomic, parseEconomic, parseHeadlessEconomic } from "./economic.ts";
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
  scopeUnits?: string[] | undefined;
  /** documents.csv `fiscal_year`: the year a narrative figure is about unless it says 上年 (default: none, no claims). */
  fiscal_year?: string | undefined;
}

export interface Draft {
  stage: Stage;
  /** tables.csv rows. */
  tables: Row[];
  facts: Record<FactKind, Row[]>;
  /** claims.csv rows drafted from narrative sentences that state a figure. */
  claims: Row[];
  review: ReviewItem[];
}

/** Throws NotAReportError (one line) for a text that is not a budget or final-account report. */
export function importReport(text: string, options: ImportOptions): Draft {
  const stage = reportStage(text);
  const review: ReviewItem[] = [];
  const lines = textLines(text);
  const blocks = findTables(lines, review);
  const facts: Record<FactKind, Row[]> = { summary: [], functional: [], economic: [], three_public: [], projects: [] };
  const tables: Row[] = [];
  for (const table of blocks) {
    if (table.headless && looksEconomic(table.rows)) table.role = "economic_other";
    const kind: FactKind | null =
      table.headless && table.role === "economic_other" ? "economic" : table.role ? factKindOf(table.role) : null;
    const ctx: ParseContext = {
      table,
      document_id: options.document_id,
      scopeUnits: options.scopeUnits ?? [],
      review,
    };
    let rows: Row[] = [];
    if (kind === "summary") rows = parseSummary(ctx);
    else if (kind === "functional") rows = parseFunctional(ctx);
    else if (kind === "economic") rows = table.headless ? parseHeadlessEconomic(ctx) : parseEconomic(ctx);
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
      title: table.title || "(no title printed)",
      line_start: String(table.line_start),
      line_end: String(table.line_end),
      rows: kind ? String(rows.length) : "",
      status: printed ? "data" : "printed_empty",
      role: table.role ?? "other",
      headline: "",
      notes: table.headless
        ? "headless rows: kind recognised from their codes; find its title in the contents list"
        : "",
    });
  }
  completeCodes(facts.functional, review);
  const inTable = (n: number) => blocks.some((b) => b.line_start <= n && n <= b.line_end);
  const claims = options.fiscal_year
    ? draftClaims(
        lines.filter((l) => !inTable(l.line)),
        { document_id: options.document_id, fiscal_year: options.fiscal_year, stage },
        review,
      )
    : [];
  return { stage, tables, facts, claims, review };
}

/**
 * Item rows whose 项 code is not printed (a 款 code stands in its place): the 7-digit code another table of the
 * report prints for the same name, body and 款. Left blank when no other table, or more than one code, fits.
 */
function completeCodes(rows: Row[], review: ReviewItem[]): void {
  for (const r of rows.filter((x) => x.row_kind === "item" && !x.code && /^\d{5}$/.test(x.code_printed ?? ""))) {
    const fits = new Set(
      rows
        .filter(
          (o) =>
            o.code?.length === 7 &&
            o.code.startsWith(r.code_printed ?? "") &&
            o.name === r.name &&
            o.subunit_id === r.subunit_id,
        )
        .map((o) => o.code ?? ""),
    );
    if (fits.size !== 1) continue;
    r.code = [...fits][0] ?? "";
    review.push({
      line: Number(r.line),
      table_id: r.table_id ?? "",
      reason: "code-repaired",
      message: `code ${r.code} taken from another table's row of the same name under ${r.code_printed ?? ""}`,
    });
  }
}
