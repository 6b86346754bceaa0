/** Functional rows after reading: 项 rows printed with 款 codes, and the bodies of a consolidated table. */
import type { Row } from "./columns.ts";
import { flag, type ParseContext } from "./context.ts";

/** 款 codes printed on 项 rows (the same 5-digit code on consecutive rows): the rows are items, their code unread. */
export function itemsPrintedAsSections(ctx: ParseContext, rows: Row[]): void {
  const sections = rows.filter((r) => r.row_kind === "section");
  const repeated = sections.some((r, i) => i > 0 && sections[i - 1]?.code === r.code);
  if (!repeated || rows.some((r) => r.row_kind === "item" || r.row_kind === "class")) return;
  for (const r of sections) {
    r.row_kind = "item";
    r.code = "";
    flag(
      ctx,
      Number(r.line),
      "code-repaired",
      `款 code ${r.code_printed} printed on a 项 row: code left for the curator`,
    );
  }
}

/** Consolidated tables list each body's rows in turn: a code sequence that starts again is the next body. */
export function assignSubunits(ctx: ParseContext, rows: Row[]): void {
  if (ctx.scopeUnits.length < 2) return;
  const body = rows.filter((r) => r.row_kind !== "total" && r.row_kind !== "unit");
  const starts: number[] = [0];
  body.forEach((r, i) => {
    const prev = body[i - 1];
    if (prev && (r.code_printed || "") < (prev.code_printed || "")) starts.push(i);
  });
  if (starts.length !== ctx.scopeUnits.length) return;
  starts.forEach((s, k) => {
    const end = starts[k + 1] ?? body.length;
    const unit = ctx.scopeUnits[k] ?? "";
    for (const r of body.slice(s, end)) r.subunit_id = unit;
    flag(
      ctx,
      Number(body[s]?.line),
      "subunit-by-position",
      `rows from here read as ${unit} (the code sequence starts again)`,
    );
  });
}
