/**
 * Typed rows of the curated tables. Field meanings, units and sources are documented once, in
 * data/datapackage.json and data/README.md; tests/model.test.ts checks these types list exactly those fields.
 * Amounts are 万元 as printed; `null` is a blank cell (never zero).
 */

declare const brand: unique symbol;
type Brand<T, B> = T & { readonly [brand]: B };

export type UnitId = Brand<string, "UnitId">;
export type DocumentId = Brand<string, "DocumentId">;
/** A functional (3/5/7-digit) or economic (3/5-digit) classification code. */
export type ClassCode = Brand<string, "ClassCode">;
/** Money in 万元 (10,000 yuan); `null` = blank cell. */
export type Wan = Brand<number, "万元"> | null;

export type Stage = "budget" | "final";

export interface Unit {
  unit_id: UnitId;
  name_zh: string;
  name_en: string;
  kind: "administrative" | "civil_service_managed" | "public_institution";
  level: "province" | "prefecture" | "county" | "district";
  division_code: string;
  province_zh: string;
  province_en: string;
  prefecture_zh: string | null;
  prefecture_en: string | null;
  county_zh: string | null;
  county_en: string | null;
  parent_id: UnitId | null;
  notes: string | null;
}

export interface DocumentRow {
  document_id: DocumentId;
  unit_id: UnitId;
  fiscal_year: number;
  stage: Stage;
  scope: "own" | "consolidated";
  scope_units: string;
  title_zh: string;
  title_en: string;
  money_unit: "万元";
  source_file: string;
  source_note: string | null;
  notes: string | null;
}

export type TableRole =
  | "summary"
  | "revenue"
  | "expenditure"
  | "fiscal_summary"
  | "functional_gpb"
  | "functional_other"
  | "economic"
  | "economic_other"
  | "three_public"
  | "government_fund"
  | "state_capital"
  | "projects"
  | "performance_overall"
  | "performance_project"
  | "performance_self_evaluation"
  | "procurement"
  | "purchase_services"
  | "debt"
  | "special_funds"
  | "other";

export interface TableRow {
  document_id: DocumentId;
  table_id: string;
  table_no: string | null;
  title: string;
  line_start: number;
  line_end: number | null;
  status: "data" | "printed_empty" | "not_in_document";
  role: TableRole;
  headline: "yes" | null;
  notes: string | null;
}

interface Provenance {
  document_id: DocumentId;
  table_id: string;
  line: number;
  subunit_id: UnitId | null;
}

export const FUNCTIONAL_AMOUNTS = [
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
] as const;
export type FunctionalAmount = (typeof FUNCTIONAL_AMOUNTS)[number];

export interface FunctionalRow extends Provenance, Record<FunctionalAmount, Wan> {
  row_kind: "total" | "unit" | "class" | "section" | "item";
  code_printed: string | null;
  code: ClassCode | null;
  name: string | null;
  notes: string | null;
}

export interface EconomicRow extends Provenance {
  row_kind: "total" | "class" | "item";
  section: "personnel" | "public" | null;
  code_printed: string | null;
  code: ClassCode | null;
  name: string | null;
  gov_code: string | null;
  gov_name: string | null;
  total: Wan;
  personnel: Wan;
  public: Wan;
  notes: string | null;
}

export type ThreePublicItem = "total" | "overseas" | "vehicle" | "vehicle_purchase" | "vehicle_operation" | "reception";

export interface ThreePublicRow extends Provenance {
  item: ThreePublicItem;
  measure: Stage;
  amount: Wan;
  notes: string | null;
}

export interface SummaryRow extends Provenance {
  side: "income" | "expenditure";
  item: string;
  code: string | null;
  name: string | null;
  column: string;
  amount: Wan;
  notes: string | null;
}

export interface ProjectRow extends Provenance {
  name: string;
  category: "特定目标类" | "其他运转类" | null;
  amount: Wan;
  amount_general_budget: Wan;
  functional_code: ClassCode | null;
  description: string | null;
  notes: string | null;
}

export type ClaimKind = "level" | "change" | "pct_change" | "share" | "execution_rate" | "count" | "score";

export interface ClaimRow {
  document_id: DocumentId;
  claim_id: string;
  line: number;
  subunit_id: UnitId | null;
  subject: string;
  fiscal_year: number;
  stage: Stage;
  kind: ClaimKind;
  amount: number;
  unit: "万元" | "percent" | "count" | "score" | "vehicles" | "people";
  compared_to: string | null;
  quote: string;
  notes: string | null;
}

export interface FindingRow {
  document_id: DocumentId;
  finding_id: string;
  kind:
    | "narrative_vs_table"
    | "table_vs_table"
    | "sum_mismatch"
    | "code_error"
    | "label_error"
    | "narrative_internal"
    | "other";
  where_a: string;
  value_a: string | null;
  where_b: string | null;
  value_b: string | null;
  description_zh: string;
  description_en: string;
  resolution: string;
  checks: string | null;
}

/** Every curated table, typed. The loader is the only producer of this object. */
export interface Dataset {
  units: Unit[];
  documents: DocumentRow[];
  tables: TableRow[];
  functional: FunctionalRow[];
  economic: EconomicRow[];
  three_public: ThreePublicRow[];
  summary: SummaryRow[];
  projects: ProjectRow[];
  claims: ClaimRow[];
  findings: FindingRow[];
}

export type ResourceName = keyof Dataset;
