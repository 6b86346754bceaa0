import type { Dataset } from "./model.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

/**
 * A classification code is read from the code as printed: `code` equals `code_printed` with the table's column
 * separators ("208|05|05") removed, unless a code_error finding of the document records the printed code (a 5-digit
 * 款 code printed on 项 rows, F15; an extra leading zero, F01) and the code still reads as that print. A slip in
 * either column is then an error at the code.
 */
export function checkPrintedCodes(
  data: Pick<Dataset, "functional" | "economic" | "findings">,
  errors: ValidationError[],
  at: LocateRow,
): void {
  const recorded = new Map<string, Set<string>>();
  for (const f of data.findings)
    if (f.kind === "code_error")
      for (const token of (f.value_a ?? "").split(/[\s/;,]+/).filter(Boolean))
        (recorded.get(f.document_id) ?? recorded.set(f.document_id, new Set()).get(f.document_id))?.add(token);
  for (const name of ["functional", "economic"] as const)
    data[name].forEach((r, i) => {
      if (!r.code || !r.code_printed) return;
      const printed = r.code_printed.replace(/\|/g, "");
      if (printed === r.code) return;
      // A recorded misprint still constrains the reading: a truncated code begins the full one, and a code printed
      // with an extra leading zero is the same code.
      const readable = r.code.startsWith(printed) || printed.replace(/^0+/, "") === r.code;
      if (readable && recorded.get(r.document_id)?.has(r.code_printed)) return;
      errors.push({
        ...at(name, i, "code"),
        rule: "code-printed",
        message: `code ${r.code} is not the code as printed (${r.code_printed}), and no code_error finding of ${r.document_id} records ${r.code_printed}`,
      });
    });
}
