import { writeClaims } from "./claims.ts";
import { FACT_FILE_OF_ROLE } from "../../../src/lib/data/completeness.ts";
import type { TableRole } from "../../../src/lib/data/model.ts";
import type { Writers } from "./csv.ts";
import { writeEconomic } from "./economic.ts";
import type { Figures } from "./figures.ts";
import { functionalRollup, writeFunctional } from "./functional.ts";
import type { Profile } from "./profile.ts";
import { writeProjects } from "./projects.ts";
import { writeFiscalSummary, writeRevenue, writeSummary } from "./summary.ts";
import { threePublicShown, writeThreePublic } from "./three-public.ts";
import type { UnitSpec } from "./units.ts";

/** One document to write: its figures, and the ones its narrative and tables compare with. */
export interface DocContext {
  unit: UnitSpec;
  year: number;
  final: boolean;
  id: string;
  fig: Figures;
  /** The same year's budget, beside a final account; null for a budget. */
  budget: Figures | null;
  /** The prior year's document of the same stage. */
  prior: Figures;
  layout: Profile["layout"];
}

/** Where a table's body goes: its id and first body line. A body writer returns its last line. */
export interface TableBody {
  tableId: string;
  first: number;
}

interface TableSpec {
  title: string;
  role: TableRole;
  status: "data" | "printed_empty" | "not_in_document";
  body: (at: TableBody) => number;
}

const headerOnly = (at: TableBody) => at.first;

/** A document's tables, in the order a report prints them. */
function tables(w: Writers, c: DocContext): TableSpec[] {
  const { final, fig } = c;
  const rollup = functionalRollup(fig.items);
  const functional = (at: TableBody) => writeFunctional(w.functional, c, at, rollup);
  const threeShown = threePublicShown(c);
  const list: TableSpec[] = [
    {
      title: final ? "收入支出决算总表" : "收支预算总表",
      role: "summary",
      status: "data",
      body: (at) => writeSummary(w.summary, c, at, rollup),
    },
    {
      title: final ? "收入决算表" : "收入预算总表",
      role: "revenue",
      status: "data",
      body: (at) => writeRevenue(w.summary, c, at),
    },
    { title: final ? "支出决算表" : "支出预算总表", role: "expenditure", status: "data", body: functional },
    {
      title: final ? "财政拨款收入支出决算总表" : "财政拨款收支预算总表",
      role: "fiscal_summary",
      status: "data",
      body: (at) => writeFiscalSummary(w.summary, c, at, rollup),
    },
    {
      title: final ? "一般公共预算财政拨款支出决算表" : "一般公共预算支出表",
      role: "functional_gpb",
      status: "data",
      body: functional,
    },
    {
      title: final ? "一般公共预算财政拨款基本支出决算表" : "一般公共预算基本支出表",
      role: "economic",
      status: "data",
      body: (at) => writeEconomic(w.economic, c, at),
    },
    {
      title: final ? "一般公共预算财政拨款“三公”经费支出决算表" : "财政拨款预算“三公”经费支出表",
      role: "three_public",
      status: threeShown ? "data" : "printed_empty",
      body: (at) => writeThreePublic(w.three_public, c, at, threeShown),
    },
    {
      title: final ? "政府性基金预算财政拨款收入支出决算表" : "政府性基金预算支出表",
      role: "government_fund",
      status: "printed_empty",
      body: headerOnly,
    },
    {
      title: final ? "国有资本经营预算财政拨款支出决算表" : "国有资本经营预算支出表",
      role: "state_capital",
      status: "printed_empty",
      body: headerOnly,
    },
    {
      title: final ? "项目支出决算明细表" : "项目支出预算表",
      role: "projects",
      status: fig.projects.length ? "data" : "printed_empty",
      body: (at) => writeProjects(w.projects, c, at),
    },
    {
      title: final ? "部门整体支出绩效自评表" : "部门（单位）整体绩效目标表",
      role: final ? "performance_self_evaluation" : "performance_overall",
      status: "data",
      body: (at) => at.first + 30,
    },
  ];
  if (!final)
    list.push({ title: "政府采购支出预算表", role: "procurement", status: "not_in_document", body: headerOnly });
  return list;
}

/** Write one document: its documents and tables rows and every table's rows, lines numbered as in a source text. */
export function writeDocument(w: Writers, c: DocContext): void {
  const { unit, year, final, id } = c;
  const title = final
    ? `${unit.nameZh}${year}年度部门决算`
    : `${unit.nameZh}${year}年${unit.centre ? "单位" : "部门"}预算`;
  w.documents.row({
    document_id: id,
    unit_id: unit.id,
    fiscal_year: year,
    stage: final ? "final" : "budget",
    scope: unit.scope,
    scope_units: unit.scopeUnits,
    title_zh: title,
    title_en: `${String(unit.row["name_en"])}: ${year} ${final ? "final accounts" : "budget"}${unit.scope === "consolidated" ? " (consolidated)" : ""}`,
    title_printed: title,
    title_line: 1,
    title_line_end: null,
    issuer_zh: unit.nameZh,
    issuer_en: String(unit.row["name_en"]),
    publication_date: null,
    publication_date_line: null,
    official_url: null,
    money_unit: "万元",
    source_file: `synthetic/${id}.txt`,
    // No synthetic text is written: the SHA-256 of an empty file stands in (a --sources build would refuse it).
    source_sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    source_note: "Synthetic benchmark data (scripts/bench/generate.ts)",
    notes: null,
  });
  writeClaims(w.claims, c);

  let line = 200;
  tables(w, c).forEach((table, i) => {
    const tableId = `T${String(i + 1).padStart(2, "0")}`;
    const printed = table.status !== "not_in_document";
    // Title, unit line and header rows come before the body; its fact rows are counted as tables.csv `rows`.
    const factFile = FACT_FILE_OF_ROLE[table.role];
    const before = factFile ? w[factFile].rows : 0;
    const end = printed ? table.body({ tableId, first: line + 4 }) : null;
    w.tables.row({
      document_id: id,
      table_id: tableId,
      table_no: printed ? `表${i + 1}` : null,
      title: `${final ? "" : year + "年"}${table.title}`,
      line_start: line,
      line_end: end,
      rows: printed && factFile ? w[factFile].rows - before : null,
      status: table.status,
      role: table.role,
      headline: null,
      notes: null,
    });
    line = (end ?? line) + 2;
  });
}
