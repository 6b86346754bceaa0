import { CellsRead } from "../cells-read.ts";
import type { Dataset } from "../model.ts";
import { FUNCTIONAL_ROLES, headlineTable } from "../facts.ts";
import { groupBy } from "../group.ts";
import type { CheckResult } from "../types.ts";
import { bodyChecks } from "./bodies.ts";
import { crossChecks } from "./cross.ts";
import { economicChecks } from "./economic.ts";
import { evaluate, type IdentitySink, type Orphan } from "./evaluate.ts";
import { functionalChecks } from "./functional.ts";
import { performanceChecks } from "./performance.ts";
import { performanceIndicatorChecks } from "./performance-indicators.ts";
import { projectTotalChecks } from "./project-totals.ts";
import { summaryChecks } from "./summary.ts";
import { summaryAcrossChecks, summaryTotalChecks } from "./summary-totals.ts";
import { threePublicChecks } from "./three-public.ts";

export { evaluate, tolerance, type CellRef, type Identity, type Orphan } from "./evaluate.ts";

/**
 * Every accounting identity of every document, evaluated one document at a time (so the checks of a document come
 * out together). With `onCheck` each check is handed over as it is evaluated and `checks` stays empty: at national
 * scale (10 million checks) the caller decides what to keep. `read` gets every cell an evaluated check read.
 */
export function checkIdentities(
  data: Dataset,
  onCheck?: (check: CheckResult) => void,
  read: CellsRead = new CellsRead(),
): { checks: CheckResult[]; orphans: Orphan[]; read: CellsRead } {
  const checks: CheckResult[] = [];
  const emit = onCheck ?? ((check: CheckResult) => checks.push(check));
  const orphans = pushIdentities(data, {
    push: (id) => {
      const check = evaluate(id);
      if (check === null) return;
      // Only the cells of an evaluated check count as checked: an all-blank identity checks nothing.
      for (const cell of id.cells) read.add(cell.row, cell.column);
      emit(check);
    },
  });
  return { checks, orphans, read };
}

/** Every identity of every document, unevaluated, into `ids` (one document after another); returns the orphans. */
export function pushIdentities(data: Dataset, ids: IdentitySink): Orphan[] {
  const orphans: Orphan[] = [];
  const byDocument = <T extends { document_id: string }>(rows: T[]) => groupBy(rows, (r) => r.document_id);
  const tables = byDocument(data.tables);
  const functional = byDocument(data.functional);
  const economic = byDocument(data.economic);
  const summary = byDocument(data.summary);
  const projects = byDocument(data.projects);
  const three = byDocument(data.three_public);
  const performance = byDocument(data.performance);
  const indicators = byDocument(data.performance_indicators);
  const projectTotals = byDocument(data.project_totals);
  const byTable = <T extends { table_id: string }>(rows: T[]) => groupBy(rows, (r) => r.table_id).values();
  // Documents in file order, then any document id that only the rows name (a foreign-key error, still checked).
  const ids_ = [
    ...new Set([
      ...data.documents.map((d) => d.document_id),
      ...functional.keys(),
      ...economic.keys(),
      ...summary.keys(),
      ...three.keys(),
    ]),
  ];
  const known = new Set<string>(data.documents.map((d) => d.document_id));
  for (const id of ids_) {
    const docTables = tables.get(id) ?? [];
    const roleOf = new Map(docTables.map((t) => [t.table_id, t.role]));
    const f = functional.get(id) ?? [];
    const e = economic.get(id) ?? [];
    const s = summary.get(id) ?? [];
    for (const rows of byTable(f))
      if (FUNCTIONAL_ROLES.includes(roleOf.get(rows[0]?.table_id ?? "") ?? "")) functionalChecks(rows, ids, orphans);
    for (const rows of byTable(e)) economicChecks(rows, ids, orphans);
    for (const rows of byTable(s)) {
      summaryChecks(rows, ids);
      summaryTotalChecks(rows, roleOf.get(rows[0]?.table_id ?? ""), ids);
    }
    summaryAcrossChecks(docTables, s, ids);
    threePublicChecks(three.get(id) ?? [], ids);
    if (known.has(id)) bodyChecks({ ...data, tables: docTables, functional: f, summary: s }, id, ids);
    if (known.has(id))
      crossChecks(
        { tables: docTables, functional: f, economic: e, summary: s, projects: projects.get(id) ?? [] },
        id,
        ids,
      );
    if (known.has(id))
      performanceChecks(
        { tables: docTables, functional: f, projects: projects.get(id) ?? [], performance: performance.get(id) ?? [] },
        id,
        ids,
      );
    if (known.has(id)) performanceIndicatorChecks(indicators.get(id) ?? [], performance.get(id) ?? [], id, ids);
    const totals = projectTotals.get(id);
    if (totals) {
      const fTable = headlineTable(docTables, FUNCTIONAL_ROLES)?.table_id;
      const fTotal = f.find((r) => r.table_id === fTable && r.row_kind === "total" && !r.subunit_id);
      projectTotalChecks(totals, projects.get(id) ?? [], fTotal, ids);
    }
  }
  return orphans;
}
