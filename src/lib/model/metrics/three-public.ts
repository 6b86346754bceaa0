import type { ThreePublicItem } from "../../data/model.ts";
import { sourceOf, type DocFacts } from "../../data/facts.ts";
import type { MetricSpec } from "./taxonomy.ts";
import { basicExpenditure } from "./totals.ts";
import { cell, notDisclosed, ratio, sumValues, type MetricValue } from "./values.ts";

/** A 三公 figure in the document's own stage (预算数 for budgets, 决算数 for final accounts). */
export function threePublic(f: DocFacts, item: ThreePublicItem, measure = f.document.stage): MetricValue {
  const table = f.threePublicTable;
  if (!table) return notDisclosed("no 三公 table");
  const row = f.threePublic.find((r) => r.item === item && r.measure === measure && !r.subunit_id);
  if (!row) {
    if (item === "vehicle")
      return sumValues([threePublic(f, "vehicle_purchase", measure), threePublic(f, "vehicle_operation", measure)]);
    return table.status === "printed_empty"
      ? { state: "blank", sources: [sourceOf(f, table, table.line_start)] }
      : notDisclosed(`no ${item} ${measure} cell`);
  }
  return cell(f, row.amount, row.line, table, { code: null, name: null, item }, measure);
}

export const threePublicShareOfBasic = (f: DocFacts) => ratio(threePublic(f, "total"), basicExpenditure(f));

/** Final ÷ budget of the 三公 total, for final accounts that print both columns. */
export function threePublicExecutionRate(f: DocFacts): MetricValue {
  if (f.document.stage !== "final") return notDisclosed("budgets have no execution rate");
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
