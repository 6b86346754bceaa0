/** Draft vs curated, cell by cell: every curated figure is looked up in the draft by its line and its place. */
import type { Row } from "./columns.ts";
import type { FactKind } from "./kinds.ts";
import type { ReviewItem } from "./review.ts";

/** Where a figure sits in its fact file, independent of table numbering: line and the columns that name it. */
const PLACE: Record<FactKind, { key: (r: Row) => string; amounts: string[]; texts: string[] }> = {
  summary: {
    key: (r) => `${r.line}|${r.side}|${r.column}`,
    amounts: ["amount"],
    texts: ["subunit_id", "item", "code"],
  },
  functional: {
    key: (r) => `${r.line}`,
    texts: ["subunit_id", "row_kind", "code_printed", "code"],
    amounts: [
      "total",
      "basic",
      "personnel",
      "personnel_wages",
      "personnel_households",
      "public",
      "public_goods",
      "public_capital",
      "project",
      "project_operating",
      "project_specific",
    ],
  },
  economic: {
    key: (r) => `${r.line}|${r.section}|${r.code_printed}`,
    amounts: ["total", "personnel", "public"],
    texts: ["subunit_id", "row_kind", "code", "gov_code"],
  },
  three_public: { key: (r) => `${r.line}|${r.item}|${r.measure}`, amounts: ["amount"], texts: ["subunit_id"] },
  projects: {
    key: (r) => `${r.line}`,
    amounts: ["amount", "amount_general_budget"],
    texts: ["subunit_id", "category", "functional_code"],
  },
};

export interface CellDiff {
  kind: FactKind;
  /** curated table id (the report's table as the curated data numbers it). */
  table_id: string;
  line: number;
  place: string;
  column: string;
  curated: string;
  /** null: the draft has no such row. */
  draft: string | null;
}

export interface Agreement {
  kind: FactKind;
  table_id: string;
  /** Figure cells (万元 columns) compared, and how many the draft reproduces exactly. */
  cells: number;
  same: number;
  /** Cells that place a figure (codes, row kinds, items, bodies), compared as text. */
  textCells: number;
  textSame: number;
}

/** Same figure: equal numbers ("53.2" = "53.20"), blank only equals blank. */
function sameFigure(a: string, b: string | null): boolean {
  if (b === null) return false;
  if (a === "" || b === "") return a === b;
  return Number(a) === Number(b);
}

export function compareFacts(
  curated: Record<FactKind, Row[]>,
  draft: Record<FactKind, Row[]>,
): { agreement: Agreement[]; diffs: CellDiff[]; extra: { kind: FactKind; line: number }[] } {
  const agreement = new Map<string, Agreement>();
  const diffs: CellDiff[] = [];
  const extra: { kind: FactKind; line: number }[] = [];
  for (const kind of Object.keys(PLACE) as FactKind[]) {
    const { key, amounts } = PLACE[kind];
    const drafted = new Map(draft[kind].map((r) => [key(r), r]));
    const keys = new Set(curated[kind].map(key));
    for (const r of draft[kind]) if (!keys.has(key(r))) extra.push({ kind, line: Number(r.line) });
    for (const r of curated[kind]) {
      const d = drafted.get(key(r));
      const tally = agreement.get(`${kind}|${r.table_id}`) ?? {
        kind,
        table_id: r.table_id ?? "",
        cells: 0,
        same: 0,
        textCells: 0,
        textSame: 0,
      };
      agreement.set(`${kind}|${r.table_id}`, tally);
      for (const column of amounts) {
        const want = r[column] ?? "";
        const got = d ? (d[column] ?? "") : null;
        tally.cells++;
        if (sameFigure(want, got)) tally.same++;
        else
          diffs.push({
            kind,
            table_id: r.table_id ?? "",
            line: Number(r.line),
            place: key(r),
            column,
            curated: want,
            draft: got,
          });
      }
      for (const column of PLACE[kind].texts) {
        const want = r[column] ?? "";
        const got = d ? (d[column] ?? "") : null;
        tally.textCells++;
        if (want === got) tally.textSame++;
        else
          diffs.push({
            kind,
            table_id: r.table_id ?? "",
            line: Number(r.line),
            place: key(r),
            column,
            curated: want,
            draft: got,
          });
      }
    }
  }
  return { agreement: [...agreement.values()], diffs, extra };
}

/**
 * The differences nothing points at: no review item on their line, and no failing identity or validator error in
 * the draft table that holds the line. The importer's promise is that this list is empty.
 */
export function unflagged(diffs: CellDiff[], review: ReviewItem[], tables: Row[]): CellDiff[] {
  const lines = new Set(review.map((r) => r.line));
  const failingTables = new Set(
    review.filter((r) => r.reason === "identity-fails" || r.reason === "validator-error").map((r) => r.table_id),
  );
  const tableAt = (line: number) =>
    tables.find((t) => Number(t.line_start) <= line && line <= Number(t.line_end))?.table_id ?? "";
  return diffs.filter((d) => !lines.has(d.line) && !failingTables.has(tableAt(d.line)));
}

/** Claims: how many curated claims the draft has on the same line with the same figure, kind and subject. */
export function compareClaims(
  curated: Row[],
  draft: Row[],
): { claims: number; figure: number; kind: number; subject: number } {
  const left = [...draft];
  const out = { claims: curated.length, figure: 0, kind: 0, subject: 0 };
  for (const c of curated) {
    const i = left.findIndex((d) => d.line === c.line && d.unit === c.unit && Number(d.amount) === Number(c.amount));
    if (i < 0) continue;
    const [d] = left.splice(i, 1);
    out.figure++;
    if (d?.kind === c.kind) out.kind++;
    if (d?.subject === c.subject) out.subject++;
  }
  return out;
}
