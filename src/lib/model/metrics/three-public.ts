import type { ThreePublicItem } from "../../data/model.ts";
import { sourceOf, type DocFacts } from "../../data/facts.ts";
import type { MetricSpec } from "./taxonomy.ts";
import { basicExpenditure } from "./totals.ts";
import { cell, notApplicable, notDisclosed, ratio, sumValues, type MetricValue } from "./values.ts";

/** The narrative subject (claims.csv) of each 三公 item. */
const SUBJECT: Record<ThreePublicItem, string> = {
  total: "three_public_total",
  overseas: "three_public_overseas",
  vehicle: "three_public_vehicle",
  vehicle_purchase: "three_public_vehicle_purchase",
  vehicle_operation: "three_public_vehicle_operation",
  reception: "three_public_reception",
};

/**
 * A 三公 table printed empty: blank, unless the narrative states the item's level in the report's own year and stage
 * as 0 (沈丘 411624 2024 budget, line 104: 2024 年“三公”经费预算为 0.00 万元), which is a stated zero.
 */
function printedEmpty(f: DocFacts, item: ThreePublicItem, measure: string): MetricValue {
  const table = f.threePublicTable;
  const tableSource = table ? [sourceOf(f, table, table.line_start)] : [];
  const claim =
    measure === f.document.stage
      ? f.claims.find(
          (c) =>
            c.subject === SUBJECT[item] &&
            c.kind === "level" &&
            c.fiscal_year === f.document.fiscal_year &&
            c.stage === f.document.stage &&
            !c.subunit_id &&
            c.amount === 0,
        )
      : undefined;
  if (!claim) return { state: "blank", sources: tableSource };
  const narrative = {
    document_id: claim.document_id,
    table_id: null,
    table_no: null,
    table_title: null,
    line: claim.line,
  };
  return { state: "stated_zero", sources: [...tableSource, narrative] };
}

/** A 三公 figure in the document's own stage (预算数 for budgets, 决算数 for final accounts). */
export function threePublic(f: DocFacts, item: ThreePublicItem, measure = f.document.stage): MetricValue {
  const table = f.threePublicTable;
  if (!table) return notDisclosed("no_three_public_table");
  const row = f.threePublic.find((r) => r.item === item && r.measure === measure && !r.subunit_id);
  if (!row) {
    if (item === "vehicle")
      return sumValues([threePublic(f, "vehicle_purchase", measure), threePublic(f, "vehicle_operation", measure)]);
    return table.status === "printed_empty" ? printedEmpty(f, item, measure) : notDisclosed("no_three_public_cell");
  }
  return cell(f, row.amount, row.line, table, { code: null, name: null, item }, measure);
}

export const threePublicShareOfBasic = (f: DocFacts) => ratio(threePublic(f, "total"), basicExpenditure(f));

/** Final ÷ budget of the 三公 total, for final accounts that print both columns. */
export function threePublicExecutionRate(f: DocFacts): MetricValue {
  if (f.document.stage !== "final") return notApplicable("budget_no_execution");
  return ratio(threePublic(f, "total", "final"), threePublic(f, "total", "budget"));
}

/** One 三公 item as a registry entry: its figure in the document's own stage, stated in the narrative too. */
const item = (id: string, which: ThreePublicItem, chart: number): MetricSpec => ({
  id,
  family: "three_public",
  unit: "万元",
  compute: (f) => threePublic(f, which),
  claimSubjects: [id],
  chart,
});

/** Registry entries of the 三公 family, in registry order (`chart`: order on the family page). */
export const THREE_PUBLIC_METRICS: MetricSpec[] = [
  { ...item("three_public_total", "total", 1), headline: true },
  item("three_public_overseas", "overseas", 3),
  item("three_public_vehicle_purchase", "vehicle_purchase", 4),
  item("three_public_vehicle_operation", "vehicle_operation", 5),
  item("three_public_reception", "reception", 6),
  {
    id: "three_public_share_of_basic",
    family: "three_public",
    unit: "ratio",
    compute: threePublicShareOfBasic,
    chart: 2,
  },
  {
    id: "three_public_execution_rate",
    family: "three_public",
    unit: "ratio",
    compute: threePublicExecutionRate,
    chart: 7,
  },
];
