import type { Dataset, FunctionalRow } from "./model.ts";
import { FUNCTIONAL_ROLES, headlineTable } from "./facts.ts";
import { groupBy } from "./group.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

/**
 * The most a body can plausibly spend in a year, 万元, by level and body (the id's suffix). Centres carry the
 * insurance subsidies they pass on (003: 下达…补助资金 of 14,770 and 23,121 万元), so their bound is higher. A
 * report entered in 元 is 10,000× too large and lands far above these.
 */
export const MAX_TOTAL: Record<string, { bureau: number; centre: number }> = {
  district: { bureau: 10_000_000, centre: 20_000_000 },
  county: { bureau: 10_000_000, centre: 20_000_000 },
  prefecture: { bureau: 50_000_000, centre: 100_000_000 },
  province: { bureau: 200_000_000, centre: 500_000_000 },
};

/** A ratio of table to narrative this close to 10,000 (either way) is a 元/万元 slip, not a disagreement. */
const nearTenThousand = (ratio: number) => ratio > 5_000 && ratio < 20_000;

/**
 * A whole report in the wrong money unit: its headline functional total against the narrative's stated total
 * expenditure (kind level, same year and stage), and against what a body of its level can spend.
 */
export function checkMagnitude(data: Dataset, errors: ValidationError[], at: LocateRow): void {
  const units = new Map(data.units.map((u) => [u.unit_id as string, u]));
  // Indexed once by document (national scale: thousands of documents, millions of rows).
  const tablesOf = groupBy(data.tables, (t) => t.document_id);
  const totalRowOf = new Map<string, number>();
  data.functional.forEach((r: FunctionalRow, i) => {
    const key = `${r.document_id}|${r.table_id}`;
    if (r.row_kind === "total" && !r.subunit_id && !totalRowOf.has(key)) totalRowOf.set(key, i);
  });
  const claimOf = new Map<string, number>();
  data.claims.forEach((c, i) => {
    const key = `${c.document_id}|${c.fiscal_year}|${c.stage}`;
    if (c.subject === "total_expenditure" && c.kind === "level" && c.unit === "万元" && c.amount > 0)
      if (!claimOf.has(key)) claimOf.set(key, i);
  });
  for (const doc of data.documents) {
    const table = headlineTable(tablesOf.get(doc.document_id) ?? [], FUNCTIONAL_ROLES);
    const index = totalRowOf.get(`${doc.document_id}|${table?.table_id ?? ""}`) ?? -1;
    const total = data.functional[index]?.total;
    if (!table || total === null || total === undefined || total <= 0) continue;
    const claimIndex = claimOf.get(`${doc.document_id}|${doc.fiscal_year}|${doc.stage}`) ?? -1;
    const claim = data.claims[claimIndex];
    if (claim && nearTenThousand(total / claim.amount))
      errors.push({
        ...at("functional", index, "total"),
        rule: "money-unit-narrative",
        message: `${doc.document_id} ${table.table_id} total ${total} is ${Math.round(total / claim.amount)}× the narrative's total expenditure ${claim.amount} 万元 (claims ${claim.claim_id}): the tables look entered in 元`,
      });
    else if (claim && nearTenThousand(claim.amount / total))
      errors.push({
        ...at("claims", claimIndex, "amount"),
        rule: "money-unit-narrative",
        message: `${doc.document_id} ${claim.claim_id} total expenditure ${claim.amount} is ${Math.round(claim.amount / total)}× the table total ${total} 万元 (${table.table_id}): the narrative figure looks entered in 元`,
      });
    const unit = units.get(doc.unit_id);
    const body = doc.unit_id.endsWith("-centre") ? "centre" : "bureau";
    const max = unit ? MAX_TOTAL[unit.level]?.[body] : undefined;
    if (max !== undefined && total > max)
      errors.push({
        ...at("functional", index, "total"),
        rule: "money-unit-plausible",
        message: `${doc.document_id} ${table.table_id} total ${total} 万元 is above what a ${unit?.level} ${body} can spend (${max} 万元): entered in 元 instead of 万元?`,
      });
  }
}
