/**
 * npm run build [-- --data <dir>] [-- --out <dir>]: validate, then build the static site.
 * Nothing is written unless the data is valid; the site is built into a temporary directory and moved into
 * place only when the whole build succeeded, so a failed build never leaves a half-written dist/.
 * SITE_BASE=/repo-name/ sets the base path (GitHub Pages project sites).
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "astro";
import { CheckStore } from "../src/lib/data/check-store.ts";
import { loadDataPackage } from "../src/lib/data/datapackage.ts";
import { formatError } from "../src/lib/data/types.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { writeChartCsvs, writeCheckCsvs, writeMetricsCsv } from "../src/lib/render/downloads.ts";
import { buildSite, type SiteModel } from "../src/lib/site/build-site.ts";
import { provideSite } from "../src/lib/site/provider.ts";

// No usage data leaves the machine: Astro's telemetry reads this variable when it would send an event.
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
};
const dataDir = resolve(opt("--data", "data"));
const outDir = resolve(opt("--out", "dist"));
// The pages import the provider module itself (external to Astro's bundle), so they read the model provided here.
const providerUrl = new URL("../src/lib/site/provider.ts", import.meta.url);
const providerFile = fileURLToPath(providerUrl);
const externalProvider = {
  name: "yibao-external-provider",
  enforce: "pre" as const,
  async resolveId(
    this: { resolve: (id: string, importer?: string, o?: object) => Promise<{ id: string } | null> },
    id: string,
    importer?: string,
  ) {
    if (!id.endsWith("provider.ts")) return null;
    const resolved = await this.resolve(id, importer, { skipSelf: true });
    return resolved?.id === providerFile ? { id: providerUrl.href, external: true } : null;
  },
};

// YIBAO_MEMLOG=1: print heap and RSS every 5 s (for finding where a large build's memory goes).
if (process.env["YIBAO_MEMLOG"]) {
  const started = Date.now();
  setInterval(() => {
    const m = process.memoryUsage();
    console.error(
      `memlog ${Math.round((Date.now() - started) / 1000)} s heap ${Math.round(m.heapUsed / 2 ** 20)} MB rss ${Math.round(m.rss / 2 ** 20)} MB`,
    );
  }, 5000).unref();
}

const tmp = `${outDir}.tmp-${process.pid}`;
// Every identity check goes to a file beside the build (10 million at national scale), read back per report page.
const checksFile = `${outDir}.checks-${process.pid}.tsv`;
const cleanUp = () => {
  store.close();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(checksFile, { force: true });
};
mkdirSync(dirname(outDir), { recursive: true });
const store = new CheckStore(checksFile);

/** Validate (every check streamed to the store), then compute the site model; null when the data is invalid. */
function validateAndModel(): SiteModel | null {
  const report = validateDataDir(relative(process.cwd(), dataDir) || ".", { onCheck: (c) => store.add(c) });
  store.finish();
  if (!report.data) {
    for (const e of report.errors) console.error(formatError(e));
    console.error(`build: ${report.errors.length} data errors; nothing was written`);
    return null;
  }
  // With `onCheck`, report.checks holds only the checks that do not pass; the store has them all.
  return buildSite({
    data: report.data,
    problems: report.checks,
    counts: report.counts,
    readChecks: (documentId) => store.read(documentId),
  });
}

// The validated row tables are released when validateAndModel returns: the model keeps only what pages read.
const site = validateAndModel();
if (!site) {
  cleanUp();
  process.exit(1);
}

rmSync(tmp, { recursive: true, force: true });
provideSite(site);
try {
  await build({
    outDir: tmp,
    logLevel: process.env["ASTRO_LOG"] === "info" ? "info" : "warn",
    vite: { plugins: [externalProvider] },
  });
} catch (error) {
  cleanUp();
  console.error(error);
  process.exit(1);
}
// Downloads written directly (through the page renderer they took minutes at national scale): the curated CSVs byte
// for byte as validated, data/metrics.csv, each chart's embed/<id>/data.csv and each report's reports/<id>/checks.csv.
try {
  mkdirSync(join(tmp, "data"), { recursive: true });
  for (const r of loadDataPackage().resources) copyFileSync(join(dataDir, r.path), join(tmp, "data", r.path));
  writeMetricsCsv(join(tmp, "data", "metrics.csv"), site.metrics, site.data.units);
  writeChartCsvs(tmp, site.charts);
  writeCheckCsvs(
    tmp,
    site.data.documents.map((d) => d.document_id),
    site.checksOf,
  );
} catch (error) {
  cleanUp();
  console.error(error);
  process.exit(1);
}
store.close();
rmSync(checksFile, { force: true });
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(tmp, outDir);
console.log(`build: wrote ${relative(process.cwd(), outDir)}/ from ${relative(process.cwd(), dataDir) || "."}/`);
