/** npm run validate [-- --data <dir>] [--sources <dir>]: check a data directory; print every error; exit 1 on any. */
import { relative, resolve } from "node:path";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { formatError } from "../src/lib/data/types.ts";
import { uncheckedLine } from "../src/lib/data/unchecked.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--data");
const dir = resolve((at >= 0 ? args[at + 1] : undefined) ?? "data");
const sourcesAt = args.indexOf("--sources");
const sources = sourcesAt >= 0 ? args[sourcesAt + 1] : undefined;
if (sourcesAt >= 0 && sources === undefined) {
  console.error("--sources needs a directory");
  process.exit(2);
}
// Passing checks are counted, not kept (10 million at national scale): `checks` then holds those that do not pass.
const report = validateDataDir(relative(process.cwd(), dir) || ".", {
  onCheck: () => undefined,
  sources: sources === undefined ? undefined : relative(process.cwd(), resolve(sources)) || ".",
});
for (const e of report.errors) console.error(formatError(e));
const total = { pass: 0, rounding: 0, fail: 0 };
for (const c of report.counts.values()) {
  total.pass += c.pass;
  total.rounding += c.rounding;
  total.fail += c.fail;
}
const explained = report.checks.filter((c) => c.status === "fail" && c.finding_id).length;
console.log(
  `${total.pass + total.rounding + total.fail} identities: ${total.pass} pass, ${total.rounding} rounding, ${explained} fail in the source (recorded as findings); ${report.errors.length} errors`,
);
console.log(uncheckedLine(report.unchecked));
process.exit(report.errors.length ? 1 : 0);
