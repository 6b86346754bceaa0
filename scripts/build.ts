/**
 * npm run build [-- --data <dir>] [-- --out <dir>]: validate, then build the static site.
 * Nothing is written unless the data is valid; the site is built into a temporary directory and moved into
 * place only when the whole build succeeded, so a failed build never leaves a half-written dist/.
 * SITE_BASE=/repo-name/ sets the base path (GitHub Pages project sites).
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { build } from "astro";
import { validateDataDir } from "../src/lib/validate/index.ts";
import { formatError } from "../src/lib/validate/types.ts";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
};
const dataDir = resolve(opt("--data", "data"));
const outDir = resolve(opt("--out", "dist"));

const report = validateDataDir(relative(process.cwd(), dataDir) || ".");
if (report.errors.length) {
  for (const e of report.errors) console.error(formatError(e));
  console.error(`build: ${report.errors.length} data errors; nothing was written`);
  process.exit(1);
}

const tmp = `${outDir}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
process.env["YIBAO_DATA_DIR"] = dataDir;
try {
  await build({ outDir: tmp, logLevel: process.env["ASTRO_LOG"] === "info" ? "info" : "warn" });
} catch (error) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(error);
  process.exit(1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(tmp, outDir);
console.log(`build: wrote ${relative(process.cwd(), outDir)}/ from ${relative(process.cwd(), dataDir) || "."}/`);
