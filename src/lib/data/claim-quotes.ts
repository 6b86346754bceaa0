import type { CellsRead } from "./cells-read.ts";
import { fieldColumn } from "./csv.ts";
import type { ResourceSpec } from "./datapackage.ts";
import { toHalfWidth } from "./numbers.ts";
import type { ResourceRows } from "./read.ts";
import type { ValidationError } from "./types.ts";

/**
 * The numbers printed in a quote. PDF conversion sometimes puts a space after the decimal point ("214. 04 万元"), so
 * digits, a point and digits separated only by spaces are one number; thousands separators are dropped.
 */
export function numbersIn(quote: string): number[] {
  const text = toHalfWidth(quote).replace(/(\d)\s*\.\s*(\d)/g, "$1.$2");
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, "")));
}

/**
 * A claim's amount is transcribed from its own quote: the quote must print that number (sign aside: "减少 5.2" is
 * recorded as −5.2). A changed digit in either the amount or the quote is then caught. An amount that passes is
 * recorded in `read`.
 */
export function checkClaimQuotes(
  rows: ResourceRows,
  spec: ResourceSpec,
  errors: ValidationError[],
  read?: CellsRead,
): void {
  const column = spec.schema.fields.findIndex((f) => f.name === "amount");
  rows.values.forEach((values, i) => {
    const amount = values["amount"];
    const quote = values["quote"];
    if (typeof amount !== "number" || typeof quote !== "string") return;
    if (numbersIn(quote).includes(Math.abs(amount))) {
      read?.add(values, "amount");
      return;
    }
    const line = rows.lines[i] ?? 1;
    errors.push({
      file: rows.file,
      line,
      column: fieldColumn(rows.rawLine(line), column),
      rule: "claim-quote",
      message: `amount ${amount} is not a number printed in its quote "${quote}"`,
    });
  });
}
