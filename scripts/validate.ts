/** npm run validate [-- --data <dir>]: check a data directory; print every error; exit 1 on any. */
import { relative, resolve } from "node:path";
import { validateDataDir } from "../src/lib/validate/index.ts";
import { formatError } from "../src/lib/validate/types.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--data");
const dir = resolve((at >= 0 ? args[at + 1] : undefined) ?? "data");
const report = validateDataDir(relative(process.cwd(), dir) || ".");
for (const e of report.errors) console.error(formatError(e));
const count = (s: string) => report.checks.filter((c) => c.status === s).length;
const explained = report.checks.filter((c) => c.status === "fail" && c.finding_id).length;
console.log(
  `${report.checks.length} identities: ${count("pass")} pass, ${count("rounding")} rounding, ${explained} fail in the source (recorded as findings); ${report.errors.length} errors`,
);
process.exit(report.errors.length ? 1 : 0);
