import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Dataset, TableRow } from "./model.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";
import { hashMismatch, printedDate, printedTitle, sha256, textLines } from "./source-texts.ts";

/** The resources whose rows are facts printed in a table, each with its source `line`. */
export const FACT_RESOURCES = [
  "functional",
  "economic",
  "three_public",
  "summary",
  "projects",
  "performance",
  "performance_indicators",
] as const;

/** Lines of a source text as `awk '{print NR}'` counts them (a last line without a newline still counts). */
function lineCount(text: string): number {
  if (text === "") return 0;
  const breaks = text.split("\n").length - 1;
  return text.endsWith("\n") ? breaks : breaks + 1;
}

/**
 * Ids that repeat other columns must agree with them: a document id is `<unit_id>-<fiscal_year>-<stage>` of its
 * row, a unit id starts with its division code. Every fact's source line lies within its table's lines and, when
 * the source texts are given, within its source file.
 */
export function checkConsistency(
  data: Dataset,
  errors: ValidationError[],
  at: LocateRow,
  options: { sources?: string | undefined } = {},
): void {
  data.documents.forEach((d, i) => {
    const expected = `${d.unit_id}-${d.fiscal_year}-${d.stage}`;
    if (d.document_id !== expected)
      errors.push({
        ...at("documents", i, "document_id"),
        rule: "document-id",
        message: `document id ${d.document_id} disagrees with its row (unit_id ${d.unit_id}, fiscal_year ${d.fiscal_year}, stage ${d.stage}): expected ${expected}`,
      });
  });
  data.documents.forEach((d, i) => {
    if ((d.publication_date === null) !== (d.publication_date_line === null))
      errors.push({
        ...at("documents", i, d.publication_date === null ? "publication_date" : "publication_date_line"),
        rule: "printed-date",
        message:
          "publication_date and publication_date_line go together: give both (the date as printed and its line) or neither",
      });
    if (d.title_line_end !== null && d.title_line_end < d.title_line)
      errors.push({
        ...at("documents", i, "title_line_end"),
        rule: "line-range",
        message: `the title ends (line ${d.title_line_end}) before it starts (line ${d.title_line})`,
      });
  });
  data.units.forEach((u, i) => {
    const prefix = u.unit_id.slice(0, 6);
    if (prefix !== u.division_code)
      errors.push({
        ...at("units", i, "division_code"),
        rule: "unit-division",
        message: `unit id ${u.unit_id} starts with ${prefix} but its division_code is ${u.division_code}`,
      });
  });

  const tables = new Map<string, TableRow>(data.tables.map((t) => [`${t.document_id}|${t.table_id}`, t]));
  const sourceLines = new Map<string, number>();
  if (options.sources !== undefined)
    data.documents.forEach((d, i) => {
      const file = join(options.sources ?? "", d.source_file);
      if (existsSync(file) && statSync(file).isFile()) {
        const bytes = readFileSync(file);
        const text = bytes.toString("utf8");
        sourceLines.set(d.document_id, lineCount(text));
        const mismatch = hashMismatch(d.source_file, d.source_sha256, sha256(bytes));
        if (mismatch) errors.push({ ...at("documents", i, "source_sha256"), rule: "source-sha256", message: mismatch });
        const lines = textLines(text);
        const title = printedTitle(lines, d);
        if (title !== d.title_printed)
          errors.push({
            ...at("documents", i, "title_printed"),
            rule: "printed-title",
            message: `title_printed "${d.title_printed}" is not what lines ${d.title_line}–${d.title_line_end ?? d.title_line} print: "${title}"`,
          });
        const dateLine = d.publication_date_line === null ? null : (lines[d.publication_date_line - 1] ?? "");
        if (dateLine !== null && printedDate(dateLine) !== d.publication_date)
          errors.push({
            ...at("documents", i, "publication_date"),
            rule: "printed-date",
            message: `publication_date ${d.publication_date ?? "(blank)"} is not the date line ${d.publication_date_line} prints: "${dateLine.trim()}"`,
          });
      } else
        errors.push({
          ...at("documents", i, "source_file"),
          rule: "source-file",
          message: `${d.source_file} is not in the sources directory ${options.sources ?? ""}`,
        });
    });
  const pastEnd = (documentId: string, line: number) => {
    const n = sourceLines.get(documentId);
    return n !== undefined && line > n ? n : null;
  };

  for (const name of FACT_RESOURCES)
    (data[name] as { document_id: string; table_id: string; line: number }[]).forEach((r, i) => {
      const t = tables.get(`${r.document_id}|${r.table_id}`);
      const n = pastEnd(r.document_id, r.line);
      if (n !== null)
        errors.push({
          ...at(name, i, "line"),
          rule: "source-line",
          message: `line ${r.line} is past the end of ${r.document_id}'s source text (${n} lines)`,
        });
      else if (t && (t.line_end === null || r.line < t.line_start || r.line > t.line_end))
        errors.push({
          ...at(name, i, "line"),
          rule: "line-range",
          message:
            t.line_end === null
              ? `line ${r.line}: ${r.table_id} is not in the document (no lines), yet has a fact row`
              : `line ${r.line} is outside ${r.table_id}'s lines ${t.line_start}–${t.line_end} (tables.csv)`,
        });
    });
  data.claims.forEach((c, i) => {
    const n = pastEnd(c.document_id, c.line);
    if (n !== null)
      errors.push({
        ...at("claims", i, "line"),
        rule: "source-line",
        message: `line ${c.line} is past the end of ${c.document_id}'s source text (${n} lines)`,
      });
  });
  data.tables.forEach((t, i) => {
    const last = t.line_end ?? t.line_start;
    const n = pastEnd(t.document_id, last);
    if (n !== null)
      errors.push({
        ...at("tables", i, t.line_end === null ? "line_start" : "line_end"),
        rule: "source-line",
        message: `line ${last} is past the end of ${t.document_id}'s source text (${n} lines)`,
      });
    else if (t.line_end !== null && t.line_end < t.line_start)
      errors.push({
        ...at("tables", i, "line_end"),
        rule: "line-range",
        message: `${t.table_id} ends (line ${t.line_end}) before it starts (line ${t.line_start})`,
      });
  });
}
