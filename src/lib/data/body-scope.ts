import type { Dataset, DocumentRow } from "./model.ts";
import { byBody, matchBodyRows } from "./bodies.ts";
import { combinedOnBody } from "./identities/bodies.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

const TAGGED = ["functional", "economic", "three_public", "summary", "projects", "claims"] as const;

/**
 * A row's scope is explicit: one body of its report (`subunit_id`, one of the document's `scope_units`), or blank
 * for the whole report. A body's id never sits on a combined figure: where another table of a consolidated report
 * prints the code body by body, a body's row equal to the sum of every body's rows (and not to its own) is refused.
 */
export function checkBodyScope(data: Dataset, errors: ValidationError[], at: LocateRow): void {
  const scope = new Map<string, DocumentRow>(data.documents.map((d) => [d.document_id, d]));
  for (const name of TAGGED)
    (data[name] as { document_id: string; subunit_id: string | null }[]).forEach((r, i) => {
      const doc = scope.get(r.document_id);
      if (!r.subunit_id || !doc) return;
      const units = doc.scope_units.split(";");
      if (doc.scope !== "consolidated" || !units.includes(r.subunit_id))
        errors.push({
          ...at(name, i, "subunit_id"),
          rule: "subunit-scope",
          message: `${r.document_id} covers ${doc.scope === "consolidated" ? units.join(" and ") : "one body (scope own)"}: a row cannot belong to ${r.subunit_id}`,
        });
    });
  for (const doc of data.documents) {
    if (doc.scope !== "consolidated") continue;
    for (const m of matchBodyRows(data, doc.document_id)) {
      const { row } = m;
      if (!row.subunit_id) continue;
      const own = byBody(m).get(row.subunit_id) ?? [];
      if (!combinedOnBody(row.amount, own, m.bodyRows)) continue;
      const parts = m.bodyRows.map((r) => `${r.subunit_id ?? ""} ${r.table_id} line ${r.line} ${r.total ?? ""}`);
      errors.push({
        ...at("summary", data.summary.indexOf(row), "subunit_id"),
        rule: "combined-tagged-to-body",
        message: `${row.document_id} ${row.table_id} line ${row.line} (${row.code ?? ""} ${row.name ?? ""} ${row.amount ?? ""}) is tagged to ${row.subunit_id} but holds the bodies' combined figure (${parts.join(" + ")}): leave subunit_id blank`,
      });
    }
  }
}
