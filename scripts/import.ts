/**
 * npm run import -- --source <report.txt> --document <document_id> --out <dir> [--data <dir>]
 * Draft CSVs for one report in the data/ layout, a review list (review.md, review.csv), then the validator's verdict.
 * units.csv, documents.csv and classifications.csv come from --data (default data/): add the report's document row there first.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Row } from "../src/lib/import/columns.ts";
import { rowsOfCsv } from "../src/lib/import/rows.ts";
import { draftFiles, reviewCsv, reviewMarkdown } from "../src/lib/import/draft-files.ts";
import { importReport } from "../src/lib/import/import.ts";
import { NotAReportError } from "../src/lib/import/report.ts";
import { validateDraft } from "../src/lib/import/validate-draft.ts";

const args = process.argv.slice(2);
const arg = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const source = arg("--source");
const document = arg("--document");
const out = arg("--out");
const data = resolve(arg("--data") ?? "data");
if (!source || !document || !out) {
  console.error("usage: npm run import -- --source <report.txt> --document <document_id> --out <dir> [--data <dir>]");
  process.exit(2);
}

function readCsv(file: string): Row[] {
  return rowsOfCsv(readFileSync(file, "utf8"));
}

const documents = readCsv(join(data, "documents.csv")).filter((d) => d.document_id === document);
const doc = documents[0];
if (!doc) console.warn(`${document} is not in ${data}/documents.csv: the validator will refuse the draft's ids`);
let draft;
try {
  draft = importReport(readFileSync(source, "utf8"), {
    document_id: document,
    scopeUnits: doc?.scope === "consolidated" ? (doc.scope_units ?? "").split(";") : [],
    fiscal_year: doc?.fiscal_year,
  });
} catch (e) {
  if (e instanceof NotAReportError) {
    console.error(`${source}: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
mkdirSync(out, { recursive: true });
const units = readCsv(join(data, "units.csv"));
// The classification list is the curated one: a code it lacks is the validator's question to the curator.
const classifications = readCsv(join(data, "classifications.csv"));
for (const [path, text] of draftFiles(draft, { units, documents, classifications }))
  writeFileSync(join(out, path), text);
const verdict = validateDraft(out, resolve(source, ".."));
const review = [...draft.review, ...verdict.review];
writeFileSync(join(out, "review.md"), reviewMarkdown(review, basename(source)));
writeFileSync(join(out, "review.csv"), reviewCsv(review));
for (const [kind, rows] of Object.entries(draft.facts)) console.log(`${kind}: ${rows.length} rows`);
console.log(`claims: ${draft.claims.length} drafted from the narrative (subjects to be read by the curator)`);
console.log(
  `${draft.tables.length} tables; ${review.length} review items; ${verdict.failing} identities fail; ${verdict.errors} validator errors`,
);
console.log(`review list: ${join(out, "review.md")}`);
