import type { Dataset, ThreePublicRow } from "../model.ts";
import { groupBy } from "../group.ts";
import type { IdentitySink } from "./evaluate.ts";

export function threePublicChecks(rows: Dataset["three_public"], out: IdentitySink): void {
  for (const group of groupBy(
    rows,
    (r) => `${r.document_id}|${r.table_id}|${r.subunit_id ?? ""}|${r.measure}`,
  ).values()) {
    const first = group[0];
    if (!first) continue;
    const base = { document_id: first.document_id, table_id: first.table_id };
    const at = (first.subunit_id ? `@${first.subunit_id}` : "") + `:${first.measure}`;
    const get = (item: string) => group.find((r) => r.item === item);
    const total = get("total");
    const vehicle = get("vehicle");
    const purchase = get("vehicle_purchase");
    const operation = get("vehicle_operation");
    const overseas = get("overseas");
    const reception = get("reception");
    const vehicleParts = [purchase?.amount ?? null, operation?.amount ?? null];
    /** The amount cells of the rows present (an item the table leaves out has none). */
    const amounts = (...rows: (ThreePublicRow | undefined)[]) =>
      rows.flatMap((row) => (row ? [{ row, column: "amount" }] : []));
    if (total)
      out.push({
        ...base,
        rule: "three-public-sum",
        subject: `total${at}`,
        column: "amount",
        line: total.line,
        expected: total.amount,
        parts: [overseas?.amount ?? null, ...(vehicle ? [vehicle.amount] : vehicleParts), reception?.amount ?? null],
        cells: amounts(total, overseas, ...(vehicle ? [vehicle] : [purchase, operation]), reception),
      });
    if (vehicle)
      out.push({
        ...base,
        rule: "vehicle-sum",
        subject: `vehicle${at}`,
        column: "amount",
        line: vehicle.line,
        expected: vehicle.amount,
        parts: vehicleParts,
        cells: amounts(vehicle, purchase, operation),
      });
  }
}
