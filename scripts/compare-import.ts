/**
 * npm run compare-import -- --draft <dir> --document <document_id> [--data <dir>] [--source <report.txt>]
 * The draft against the curated data, cell by cell: agreement per table, then every difference with the curated
 * and the drafted value (and, with --source, the printed line they both come from).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Row } from "../src/lib/import/columns.ts";
import { rowsOfCsv } from "../src/lib/import/rows.ts";
import { compareClaims, compareFacts } from "../src/lib/import/compare.ts";
import type { FactKind } from "../src/lib/import/kinds.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const draftDir = arg("--draft");
const document = arg("--document");
const data = resolve(arg("--data") ?? "data");
const source = arg("--source");
const printed = source ? readFileSync(source, "utf8").split(/\r?\n/) : [];
if (!draftDir || !document) {
  console.error("usage: npm run compare-import -- --draft <dir> --document <document_id> [--data <dir>]");
  process.exit(2);
}
function readCsv(file: string): Row[] {
  return rowsOfCsv(readFileSync(file, "utf8")).filter((r) => r.document_id === document);
}
const KINDS: FactKind[] = ["summary", "functional", "economic", "three_public", "projects"];
const load = (dir: string) =>
  Object.fromEntries(KINDS.map((k) => [k, readCsv(join(dir, `${k}.csv`))])) as Record<FactKind, Row[]>;
const { agreement, diffs, extra } = compareFacts(load(data), load(draftDir));
const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;
const total = { cells: 0, same: 0, textCells: 0, textSame: 0 };
for (const a of agreement) {
  total.cells += a.cells;
  total.same += a.same;
  total.textCells += a.textCells;
  total.textSame += a.textSame;
  console.log(
    `${a.kind} ${a.table_id}: figures ${pct(a.same, a.cells)}; codes, kinds, bodies ${pct(a.textSame, a.textCells)}`,
  );
}
console.log(
  `${document}: figures ${pct(total.same, total.cells)}; codes, kinds, bodies ${pct(total.textSame, total.textCells)}; all ${pct(total.same + total.textSame, total.cells + total.textCells)}`,
);
console.log(
  `draft rows with no curated row: ${extra.length}${extra.length ? ` (${extra.map((e) => `${e.kind} line ${e.line}`).join(", ")})` : ""}`,
);
const claims = compareClaims(readCsv(join(data, "claims.csv")), readCsv(join(draftDir, "claims.csv")));
console.log(
  `claims: ${claims.figure}/${claims.claims} curated claims found with their figure on their line; kind agrees on ${claims.kind}, subject on ${claims.subject}`,
);
for (const d of diffs) {
  console.log(
    `  line ${d.line} ${d.kind} ${d.place} ${d.column}: curated "${d.curated}", draft ${d.draft === null ? "(no row)" : `"${d.draft}"`}`,
  );
  if (printed.length) console.log(`    printed: ${(printed[d.line - 1] ?? "").replace(/\t/g, " | ")}`);
}
