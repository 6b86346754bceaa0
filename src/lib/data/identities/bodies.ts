import type { Dataset } from "../model.ts";
import { byBody, matchBodyRows } from "../bodies.ts";
import type { IdentitySink } from "./evaluate.ts";

/**
 * Where a consolidated report prints a list with both bodies' rows and combined rows (001 公开02表) and another
 * table printing every body apart (001 公开05表): a combined row adds up to the bodies' rows of its code
 * (`bodies-vs-combined`), and a body's row equals that body's row (`body-row`). A body row holding the combined
 * figure is refused as `combined-tagged-to-body` (../body-scope.ts) and gets no `body-row` check.
 */
export function bodyChecks(
  data: Pick<Dataset, "documents" | "tables" | "functional" | "summary">,
  documentId: string,
  out: IdentitySink,
): void {
  const doc = data.documents.find((d) => d.document_id === documentId);
  if (doc?.scope !== "consolidated") return;
  for (const m of matchBodyRows(data, documentId)) {
    const bodies = byBody(m);
    const { row } = m;
    const base = { document_id: documentId, table_id: row.table_id, column: "total", line: row.line };
    if (row.subunit_id === null) {
      if (bodies.size < 2) continue;
      out.push({
        ...base,
        rule: "bodies-vs-combined",
        subject: `L${row.line}`,
        expected: row.amount,
        parts: m.bodyRows.map((r) => r.total),
        cells: [{ row, column: "amount" }, ...m.bodyRows.map((r) => ({ row: r, column: "total" }))],
      });
      continue;
    }
    const own = bodies.get(row.subunit_id) ?? [];
    if (!own.length || combinedOnBody(row.amount, own, m.bodyRows)) continue;
    out.push({
      ...base,
      rule: "body-row",
      subject: `L${row.line}@${row.subunit_id}`,
      expected: row.amount,
      parts: own.map((r) => r.total),
      cells: [{ row, column: "amount" }, ...own.map((r) => ({ row: r, column: "total" }))],
    });
  }
}

const sum = (rows: { total: number | null }[]) => rows.reduce((a, r) => a + (r.total ?? 0), 0);

/**
 * A body's row that holds the bodies' combined figure: it differs from the body's own row and equals (to the cent)
 * the sum of every body's rows of its code.
 */
export function combinedOnBody(
  amount: number | null,
  own: { total: number | null }[],
  all: { total: number | null; subunit_id: string | null }[],
): boolean {
  if (amount === null || new Set(all.map((r) => r.subunit_id)).size < 2) return false;
  const cents = (x: number) => Math.round(x * 100);
  return cents(amount) !== cents(sum(own)) && cents(amount) === cents(sum(all));
}
