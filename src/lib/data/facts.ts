import type {
  ClaimRow,
  Dataset,
  DocumentRow,
  EconomicRow,
  FunctionalRow,
  ProjectRow,
  TableRow,
  ThreePublicRow,
} from "./model.ts";
import { groupBy } from "./group.ts";

/** Where a figure comes from: document, table (as printed) and source line. */
export interface Source {
  document_id: string;
  table_id: string | null;
  table_no: string | null;
  table_title: string | null;
  line: number;
  /** The row the figure is printed in: code and name as printed, or a 三公 item (none: a title line, a sentence). */
  row?: SourceRow | null;
  /** The column it is printed in: a `column.<key>` of the i18n files (total, basic, project, budget, final …). */
  column?: string | null;
}

export interface SourceRow {
  code: string | null;
  name: string | null;
  /** A 三公 row (the table prints items, not codes): its item id, labelled `tp.<item>`. */
  item?: string;
  /** The table's total row (a citation names a total printed without a label as such). */
  total?: boolean;
}

/** Everything one document discloses, as the metric functions need it. `null` table = not disclosed. */
export interface DocFacts {
  document: DocumentRow;
  functionalTable: TableRow | null;
  functional: FunctionalRow[];
  economicTable: TableRow | null;
  economic: EconomicRow[];
  threePublicTable: TableRow | null;
  threePublic: ThreePublicRow[];
  projectsTable: TableRow | null;
  projects: ProjectRow[];
  claims: ClaimRow[];
}

/** Table roles whose rows are the functional classification (类/款/项), in order of preference for the headline. */
export const FUNCTIONAL_ROLES: readonly string[] = ["expenditure", "functional_gpb", "functional_other"];

/** The table of a role group the site's metrics use: the one marked headline, else the first in role order. */
export function headlineTable(tables: TableRow[], roles: readonly string[]): TableRow | null {
  const candidates = tables.filter((t) => roles.includes(t.role) && t.status !== "not_in_document");
  return (
    candidates.find((t) => t.headline === "yes") ??
    roles.map((r) => candidates.find((t) => t.role === r && t.status === "data")).find(Boolean) ??
    candidates[0] ??
    null
  );
}

/** Index a dataset by document once; metric functions then stay pure and cheap. */
export function factsByDocument(data: Dataset): Map<string, DocFacts> {
  const byDoc = <T extends { document_id: string }>(rows: T[]) => groupBy(rows, (r) => r.document_id);
  const tables = byDoc(data.tables);
  const functional = byDoc(data.functional);
  const economic = byDoc(data.economic);
  const three = byDoc(data.three_public);
  const projects = byDoc(data.projects);
  const claims = byDoc(data.claims);
  const out = new Map<string, DocFacts>();
  for (const document of data.documents) {
    const id = document.document_id;
    const t = tables.get(id) ?? [];
    const functionalTable = headlineTable(t, FUNCTIONAL_ROLES);
    const economicTable = headlineTable(t, ["economic"]);
    const threePublicTable = headlineTable(t, ["three_public"]);
    const projectsTable = headlineTable(t, ["projects"]);
    const inTable = <R extends { table_id: string }>(rows: R[] | undefined, table: TableRow | null) =>
      table ? (rows ?? []).filter((r) => r.table_id === table.table_id) : [];
    out.set(id, {
      document,
      functionalTable,
      functional: inTable(functional.get(id), functionalTable),
      economicTable,
      economic: inTable(economic.get(id), economicTable),
      threePublicTable,
      threePublic: inTable(three.get(id), threePublicTable),
      projectsTable,
      projects: (projects.get(id) ?? []).filter((p) =>
        t.some((x) => x.table_id === p.table_id && x.role === "projects"),
      ),
      claims: claims.get(id) ?? [],
    });
  }
  return out;
}

export function sourceOf(
  facts: Pick<DocFacts, "document">,
  table: TableRow | null,
  line: number,
  row: SourceRow | null = null,
  column: string | null = null,
): Source {
  return {
    document_id: facts.document.document_id,
    table_id: table?.table_id ?? null,
    table_no: table?.table_no ?? null,
    table_title: table?.title ?? null,
    line,
    ...(row ? { row } : {}),
    ...(column ? { column } : {}),
  };
}

/** A printed row as a citation names it: its code as printed (else as read) and its name. */
export const printedRow = (r: {
  code_printed?: string | null;
  code?: string | null;
  name?: string | null;
  row_kind?: string | null;
}): SourceRow => ({
  // A code printed with separators (沈丘 prints 210|13|01) reads as the others do (2101301), digits as printed.
  code: (r.code_printed ?? r.code ?? null)?.replaceAll("|", "") ?? null,
  name: r.name ?? null,
  ...(r.row_kind === "total" ? { total: true } : {}),
});
