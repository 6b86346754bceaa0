/**
 * npm run build [-- --data <dir>] [-- --out <dir>]: validate, compute the site model, render the pages and write the
 * downloads. Nothing is written to `--out` unless the data is valid and the whole build succeeded; the previous site
 * stays whole until the new one replaces it (scripts/build/output.ts). Every failure is one line and exit code 1.
 * SITE_BASE=/repo-name/ sets the base path (GitHub Pages project sites). `--sources <dir>`: the plain-text reports
 * (documents.csv `source_file`), checked against their recorded SHA-256 and published as `sources/<document>/`, one
 * anchor per line; every citation then links to its line. Without it citations are plain text.
 * The site URL comes from `--site <url>` or SITE_URL and is required, except with `--local` (a build for local preview,
 * as `npm start` does): see scripts/build/site-url.ts. The base path is SITE_BASE=/repo-name/, or else the site URL's
 * path (SITE_URL=https://owner.github.io/repo-name serves under /repo-name/).
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "astro";
import { CheckStore } from "../src/lib/data/check-store.ts";
import { loadDataPackage } from "../src/lib/data/datapackage.ts";
import { formatError } from "../src/lib/data/types.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import {
  compressDownload,
  servedDataPackage,
  servedPath,
  writeChartCsvs,
  writeCheckCsvs,
  writeCuratedCsv,
  writeDownloadsZip,
} from "../src/lib/render/downloads.ts";
import { writeMetricsCsv } from "../src/lib/render/metrics-csv.ts";
import { servedCitationCff, ZIP_NAME } from "../src/lib/site/citation.ts";
import { sourceBacklinks, writeSourceViewer } from "../src/lib/render/source-viewer.ts";
import { buildSite, type SiteModel } from "../src/lib/site/build-site.ts";
import {
  metricPreviews,
  sitePreviewPath,
  sitePreviews,
  writeStandaloneSvgs,
} from "../src/lib/render/standalone-files.ts";
import { CJK_FONT_DIRS, findCjkFonts, writePreviews } from "../src/lib/render/previews.ts";
import { LANGUAGES } from "../src/i18n/index.ts";
import { provideSite } from "../src/lib/site/provider.ts";
import { externalProvider } from "./build/external-provider.ts";
import { discard, outputPaths, publish, removeLeftovers } from "./build/output.ts";
import { resolveSiteUrl } from "./build/site-url.ts";
import { writeSitemap } from "./build/sitemap.ts";

// No usage data leaves the machine: Astro's telemetry reads this variable when it would send an event.
process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return (i >= 0 ? args[i + 1] : undefined) ?? fallback;
};
const dataDir = resolve(opt("--data", "data"));
const sourcesDir = args.includes("--sources") ? resolve(opt("--sources", "")) : null;
if (args.includes("--sources") && !args[args.indexOf("--sources") + 1]) {
  console.error("build: --sources needs a directory");
  process.exit(1);
}
const paths = outputPaths(resolve(opt("--out", "dist")), ROOT);
const shown = (p: string) => relative(process.cwd(), p) || ".";
const siteUrl = resolveSiteUrl({
  flag: args.includes("--site") ? opt("--site", "") : undefined,
  env: process.env["SITE_URL"],
  local: args.includes("--local"),
});
if (siteUrl instanceof Error) {
  console.error(`build: ${siteUrl.message}`);
  process.exit(1);
}
const base = (process.env["SITE_BASE"] ?? new URL(siteUrl).pathname).replace(/\/?$/, "/");

/** Stop with one line on stderr; the staging folder goes, the published site is untouched. */
function fail(message: string): never {
  open.store?.close();
  discard(paths);
  console.error(`build: ${message}`);
  process.exit(1);
}
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => fail(`stopped by ${signal}; ${shown(paths.out)}/ was not changed`));

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

/** What must be closed before the staging folder can go. */
const open: { store?: CheckStore } = {};
for (const left of removeLeftovers(paths.out, ROOT)) console.error(`build: removed what a killed build left: ${left}`);
mkdirSync(paths.staging, { recursive: true });
// Every identity check goes to a file in the staging folder (10 million at national scale), read back per page.
const checks = new CheckStore(paths.checks);
open.store = checks;

/** Validate (every check streamed to the store), then compute the site model; null when the data is invalid. */
function validateAndModel(): SiteModel | null {
  // With --sources the validator also checks each text's SHA-256, printed title and date, and every line number.
  const report = validateDataDir(shown(dataDir), {
    onCheck: (c) => checks.add(c),
    sources: sourcesDir === null ? undefined : shown(sourcesDir),
  });
  checks.finish();
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
    readChecks: (documentId) => checks.read(documentId),
    sourceViewer: sourcesDir !== null,
  });
}

let site: SiteModel | null = null;
try {
  // The validated row tables are released when validateAndModel returns: the model keeps only what pages read.
  site = validateAndModel();
} catch (error) {
  fail(`validating ${shown(dataDir)}/: ${reason(error)}`);
}
if (!site) fail("the data is not valid (errors above)");

// The big downloads are written before the pages render, so pages know whether each is served plain or as .gz
// (SiteModel.downloads); they are moved into the site, zipped and compressed after Astro has written it.
const downloads = join(paths.staging, "downloads");
const curated = loadDataPackage().resources.map((r) => r.path);
let served: Map<string, string>;
try {
  mkdirSync(downloads, { recursive: true });
  for (const path of curated) writeCuratedCsv(join(dataDir, path), join(downloads, path));
  writeMetricsCsv(join(downloads, "metrics.csv"), [...site.metrics, ...site.bodyMetrics], site.data.units);
  served = new Map(
    [...curated, "metrics.csv"].map((name) => [name, servedPath(name, statSync(join(downloads, name)).size)]),
  );
} catch (error) {
  fail(`writing the downloads: ${reason(error)}`);
}
// Social previews need a CJK font (resvg draws with font files): without one, no preview and no og:image.
const fonts = findCjkFonts(process.env["PREVIEW_FONT_DIRS"]?.split(":") ?? CJK_FONT_DIRS);
if (!fonts)
  console.log(
    "build: no CJK font found (install fonts-noto-cjk): social previews and og:image tags are left out of this build",
  );
const siteRoot = new URL(base, siteUrl).href.replace(/\/$/, "");
const previews = fonts ? new Map([...metricPreviews(site, siteRoot), ...sitePreviews(site, siteRoot)]) : new Map();
provideSite({
  ...site,
  downloads: served,
  previews: fonts !== null,
  sitePreview: [...previews.keys()].some((p) => LANGUAGES.some(({ code }) => p === sitePreviewPath(code))),
});
try {
  await build({
    root: ROOT,
    outDir: paths.site,
    site: new URL(siteUrl).origin,
    base,
    logLevel: process.env["ASTRO_LOG"] === "info" ? "info" : "warn",
    vite: { plugins: [externalProvider] },
  });
  // Downloads written directly (through the page renderer they took minutes at national scale): the curated CSVs
  // byte for byte as validated behind a BOM and data/metrics.csv (written above), each ranked chart's embed/<id>/data.csv,
  // each unit's report charts (units/<unit>/charts.csv) and checks (units/<unit>/checks.csv.gz); CITATION.cff at the root (with the site's address) and one zip of all of it.
  const out = (...p: string[]) => join(paths.site, ...p);
  mkdirSync(out("data"), { recursive: true });
  for (const name of served.keys()) renameSync(join(downloads, name), out("data", name));
  writeFileSync(
    out("CITATION.cff"),
    servedCitationCff(readFileSync(join(ROOT, "CITATION.cff"), "utf8"), new URL(base, siteUrl).href),
  );
  writeDownloadsZip(out("data", ZIP_NAME), [
    ...[...curated, "metrics.csv", "datapackage.json"].map((name) => ({ name, path: out("data", name) })),
    { name: "README.md", path: join(ROOT, "data", "README.md") },
    { name: "CITATION.cff", path: out("CITATION.cff") },
  ]);
  // After the zip (which holds the plain files and a datapackage.json naming them): downloads above GZIP_ABOVE are
  // served as .csv.gz only, and the served datapackage.json names the served paths.
  for (const name of served.keys()) compressDownload(out("data", name));
  if ([...served].some(([plain, path]) => plain !== path)) {
    const pkgFile = out("data", "datapackage.json");
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as Parameters<typeof servedDataPackage>[0];
    writeFileSync(pkgFile, JSON.stringify(servedDataPackage(pkg, served), null, 2));
  }
  writeChartCsvs(paths.site, site.charts);
  writeStandaloneSvgs(paths.site, site.charts, siteRoot);
  if (fonts) writePreviews(paths.site, previews, fonts);
  writeCheckCsvs(paths.site, site.data.documents, site.checksOf);
  if (sourcesDir !== null)
    writeSourceViewer(
      paths.site,
      sourcesDir,
      site.data.documents,
      sourceBacklinks(site.metrics, site.data.documents, (id) => site?.index.facts.get(id)?.projects ?? []),
      base,
    );
  // Last, so it lists every page written above; the URLs carry the base path.
  writeSitemap(paths.site, new URL(base, siteUrl).href);
  checks.close();
  publish(paths);
} catch (error) {
  fail(reason(error));
}
console.log(`build: wrote ${shown(paths.out)}/ from ${shown(dataDir)}/`);
