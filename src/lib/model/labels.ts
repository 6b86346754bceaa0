import { dataLang, t, tk, type Lang } from "../../i18n/index.ts";
import type { Dataset, Unit } from "../data/model.ts";
import type { Source } from "../data/facts.ts";
import type { MetricValue } from "./metrics/values.ts";

/** Label helpers shared by charts, string writers and views (so they live below all three). */

export const unitName = (u: Unit | undefined, lang: Lang) => (u ? u[`name_${dataLang(lang)}`] : "?");

/**
 * The documents citations name; `glossary`: English glosses of printed table titles (absent: titles as printed);
 * `sourceViewer`: the build published each report's text (`--sources`).
 */
export type SourceDocuments = Pick<Dataset, "documents"> &
  Partial<Pick<Dataset, "glossary">> & { sourceViewer?: boolean };

type GlossRow = Dataset["glossary"][number];
const glossIndex = new WeakMap<readonly GlossRow[], Map<string, string>>();

/**
 * Printed text as a page in `lang` shows it: as printed on Chinese pages, "gloss (printed: 原文)" on English ones
 * (the `gloss.printed` message decides). `printed` is looked up; `shown` is what is printed around it (a table's
 * number and title: "表3 支出预算总表"). Text without a gloss (the validator refuses that) stays as printed.
 */
export function glossed(
  lang: Lang,
  glossary: readonly GlossRow[] | undefined,
  kind: GlossRow["kind"],
  printed: string,
  shown = printed,
): string {
  if (!glossary || !printed) return shown;
  let index = glossIndex.get(glossary);
  if (!index) glossIndex.set(glossary, (index = new Map(glossary.map((g) => [`${g.kind}|${g.printed}`, g.en]))));
  const gloss = index.get(`${kind}|${printed}`);
  return gloss ? t(lang, "gloss.printed", { gloss, printed: shown }) : shown;
}

type DocumentRow = Dataset["documents"][number];
const documentIndex = new WeakMap<SourceDocuments, Map<string, DocumentRow>>();
export const documentOf = (data: SourceDocuments, id: string): DocumentRow | undefined => {
  let index = documentIndex.get(data);
  if (!index) documentIndex.set(data, (index = new Map(data.documents.map((d) => [d.document_id as string, d]))));
  return index.get(id);
};

type TableRow = Dataset["tables"][number];

/**
 * A table as the report prints it: its number and title ("表3 支出预算总表"); the title alone when no number is
 * printed (never the internal id, T10).
 */
export const printedTableName = (
  table: Pick<TableRow, "table_no" | "title">,
  lang: Lang,
  glossary?: readonly GlossRow[],
) => glossed(lang, glossary, "table_title", table.title, [table.table_no, table.title].filter(Boolean).join(" "));

const tableIndex = new WeakMap<readonly TableRow[], Map<string, TableRow>>();
/** A document's table by its id (an index built once per table list: report pages must not scan every table). */
export function tableOf(tables: readonly TableRow[], documentId: string, tableId: string): TableRow | undefined {
  let index = tableIndex.get(tables);
  if (!index) tableIndex.set(tables, (index = new Map(tables.map((x) => [`${x.document_id}|${x.table_id}`, x]))));
  return index.get(`${documentId}|${tableId}`);
}

/** The source viewer's page of a report and the anchor of one of its lines (`sources/<document>/#L12`). */
export const sourcePagePath = (documentId: string) => `sources/${documentId}/`;
export const lineAnchor = (line: number) => `L${line}`;
/** Anchors of a figure on its report page: a key figure, a prior-year or year-on-year row, a project. */
export const keyFigureAnchor = (metric: string) => `m-${metric}`;
export const yoyAnchor = (metric: string, year: number) => `y-${metric}-${year}`;
export const projectAnchor = (line: number) => `p-${line}`;

/** One printed cell a figure rests on, as a reader finds it: row (code and name as printed), column, text line. */
export interface CitedCell {
  row: string;
  column: string;
  line: number;
}

/** The sources of one figure in one document: its tables (or narrative), repeated cells said once. */
export interface CitationGroup {
  document_id: string;
  /** 《title as printed》 and the issuing body. */
  document: string;
  tables: { table: string; cells: CitedCell[] }[];
}

function rowLabel(s: Source, lang: Lang): string {
  if (s.row?.item) return tk(lang, `tp.${s.row.item}`);
  const printed = s.row ? [s.row.code, s.row.name].filter(Boolean).join(" ") : "";
  if (printed) return printed;
  // A row printed without code or name (沈丘's 合计 rows): what it is, not a "title line".
  if (s.row) return t(lang, s.row.total ? "cite.unlabelled_total" : "cite.unlabelled_row");
  return t(lang, s.table_id ? "cite.title_row" : "cite.sentence");
}

/** A figure's sources grouped by document, then table, each printed cell once (in order of first use). */
export function citations(result: MetricValue, lang: Lang, data: SourceDocuments): CitationGroup[] {
  if (result.state === "not_disclosed" || result.state === "not_applicable") return [];
  const groups = new Map<string, CitationGroup & { byTable: Map<string, CitedCell[]>; seen: Set<string> }>();
  for (const s of result.sources) {
    let g = groups.get(s.document_id);
    if (!g) {
      const doc = documentOf(data, s.document_id);
      const title = doc ? doc.title_printed : s.document_id;
      const issuer = doc ? doc[`issuer_${dataLang(lang)}`] : "";
      g = {
        document_id: s.document_id,
        document: t(lang, "cite.document", { title, issuer }),
        tables: [],
        byTable: new Map(),
        seen: new Set(),
      };
      groups.set(s.document_id, g);
    }
    const table = s.table_id
      ? printedTableName({ table_no: s.table_no, title: s.table_title ?? "" }, lang, data.glossary)
      : t(lang, "source.narrative");
    let cells = g.byTable.get(table);
    if (!cells) {
      cells = [];
      g.byTable.set(table, cells);
      g.tables.push({ table, cells });
    }
    const row = rowLabel(s, lang);
    const column = s.column ? t(lang, "cite.column", { column: tk(lang, `column.${s.column}`) }) : "";
    const cellKey = `${table}|${row}|${column}|${s.line}`;
    if (g.seen.has(cellKey)) continue;
    g.seen.add(cellKey);
    cells.push({ row, column, line: s.line });
  }
  return [...groups.values()].map(({ document_id, document, tables }) => ({ document_id, document, tables }));
}

/** One cited cell as text: row · column (line n). */
export const cellText = (c: CitedCell, lang: Lang) =>
  `${[c.row, c.column].filter(Boolean).join(" · ")}${t(lang, "cite.line", { line: c.line })}`;

/**
 * Where a figure comes from, as plain text (tooltips, chart CSVs): per document and table, its title, issuer,
 * table and each cell once. A not-disclosed figure: its note. `inDocument`: the report the page is about, whose
 * sources then name no title (the page names it once).
 */
export function sourceText(result: MetricValue, lang: Lang, data: SourceDocuments, inDocument?: string): string {
  if (result.state === "not_disclosed" || result.state === "not_applicable")
    return result.note ? tk(lang, `reason.${result.note}`) : "";
  return citations(result, lang, data)
    .map(
      (g) =>
        `${g.document_id === inDocument ? "" : `${g.document} `}${g.tables
          .map(
            (x) => `${x.table}${t(lang, "cite.sep")}${x.cells.map((c) => cellText(c, lang)).join(t(lang, "cite.and"))}`,
          )
          .join(t(lang, "cite.tables"))}`,
    )
    .join(t(lang, "cite.groups"));
}

/** A unit as the page says it: 万元 / "10,000 yuan" for amounts, "%" for ratios (shown as percentages). */
export const unitText = (lang: Lang, unit: "万元" | "ratio"): string => (unit === "万元" ? t(lang, "unit.wan") : "%");

/** A heading with its money unit: "支出合计（万元）"; a ratio's heading stays as it is (its figures carry %). */
export const withUnit = (lang: Lang, label: string, unit: "万元" | "ratio"): string =>
  unit === "万元" ? t(lang, "label.with_unit", { label, unit: unitText(lang, unit) }) : label;
