import type { Dataset } from "./model.ts";
import { groupBy } from "./group.ts";
import type { Locate } from "./locate.ts";
import type { ValidationError } from "./types.ts";

const AMOUNT_RESOURCES = ["functional", "economic", "three_public", "summary", "projects"] as const;

export /** No cell can be 10× its document's total: such a figure is almost surely 元 entered as 万元 (a 10,000× slip). */
function checkMoneyUnit(data: Dataset, errors: ValidationError[], where: Locate): void {
  // Each resource's rows by document, file order kept: one pass per resource instead of one per document.
  const byDocument = new Map(
    AMOUNT_RESOURCES.map((name) => [
      name,
      groupBy(data[name] as unknown as Record<string, unknown>[], (r) => String(r["document_id"])),
    ]),
  );
  const rowsOf = (name: (typeof AMOUNT_RESOURCES)[number], documentId: string) =>
    byDocument.get(name)?.get(documentId) ?? [];
  for (const doc of data.documents) {
    const totals = [
      ...(rowsOf("functional", doc.document_id) as unknown as Dataset["functional"])
        .filter((r) => r.row_kind === "total")
        .map((r) => r.total),
      ...(rowsOf("summary", doc.document_id) as unknown as Dataset["summary"])
        .filter((r) => r.item === "grand_total")
        .map((r) => r.amount),
    ]
      .filter((v): v is NonNullable<typeof v> => v !== null && v > 0)
      .sort((a, b) => a - b);
    const scale = totals[Math.floor((totals.length - 1) / 2)];
    if (scale === undefined) continue;
    for (const name of AMOUNT_RESOURCES) {
      for (const row of rowsOf(name, doc.document_id)) {
        for (const field of Object.keys(row)) {
          const value = row[field];
          if (typeof value !== "number" || field === "line" || value < 10 * scale) continue;
          errors.push({
            ...where(name, doc.document_id, row["line"] as number, field, row),
            rule: "money-unit",
            message: `${field} = ${value} is ${Math.round(value / scale)}× the document total ${scale} 万元: entered in 元 instead of 万元?`,
          });
        }
      }
    }
  }
}
