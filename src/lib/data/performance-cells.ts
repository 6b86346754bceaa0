import type { Dataset } from "./model.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

/** The money items of data/performance.csv: their unit is 万元; a rate is %, the rest are points. */
const MONEY = new Set([
  "budget",
  "budget_initial_revenue",
  "budget_initial_expenditure",
  "fund_government",
  "fund_special_account",
  "fund_unit",
  "basic",
  "project",
  "spent",
]);

/**
 * A performance figure's status says what its cells hold: `value` has a value; `blank` has none; `illegible` has
 * none but keeps the printed text (never a guessed figure). The unit follows the item (万元, % for rate, else 分).
 */
export function checkPerformanceCells(data: Dataset, errors: ValidationError[], at: LocateRow): void {
  data.performance.forEach((r, i) => {
    const wrong = (column: string, message: string) =>
      errors.push({ ...at("performance", i, column), rule: "performance-status", message });
    if (r.status === "value" && r.value === null) wrong("value", `status value but no value (${r.item})`);
    else if (r.status !== "value" && r.value !== null)
      wrong("value", `status ${r.status} but a value ${r.value}: a blank or illegible cell has none`);
    else if (r.status === "illegible" && r.printed === null)
      wrong("printed", "an illegible cell keeps its printed text in `printed`");
    const unit = MONEY.has(r.item) ? "万元" : r.item === "rate" ? "%" : "分";
    if (r.unit !== unit)
      errors.push({
        ...at("performance", i, "unit"),
        rule: "performance-unit",
        message: `${r.item} is in ${unit}, not ${r.unit}`,
      });
  });
}
