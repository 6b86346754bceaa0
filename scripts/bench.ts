/**
 * npm run bench [-- --full] [-- --out results.json] [-- --keep] [-- --units 100,1000] [-- --years 5] [-- --seed 1]
 *
 * Builds the site from the curated documents (data/) and from synthetic data sets of ~100 and ~1,000 units × 5
 * years (scripts/bench/generate/); --full adds ~6,000 units (long). Every validation and build runs as a child
 * process (`node scripts/validate.ts` / `node scripts/build.ts`) whose wall time and peak memory (max RSS from
 * /usr/bin/time -v when present, and the sampled sum over the child's process tree from /proc) are measured. The
 * built site is then measured: pages, sizes, JavaScript per page type (gzip), search index, and query time of the
 * site's own search (src/lib/model/search.ts) over it; build time is fitted against the number of units on a
 * log–log scale. Figures are printed beside the targets (scripts/bench/report.ts). Generated data and built sites
 * live in a temporary directory under the OS temp dir, removed at the end (--keep keeps it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { countDataRows } from "./bench/data-rows.ts";
import { fmtBytes, fmtInt, fmtMs } from "./bench/format.ts";
import { generate } from "./bench/generate/index.ts";
import { report, type SetResult } from "./bench/report.ts";
import { failure, gnuTimeWorks, peakBytes, type RunOptions, type RunResult, runNode, usefulTail } from "./bench/run.ts";
import { type SearchTiming, searchTiming } from "./bench/search-timing.ts";
import { SEARCH_INDEX_FILES, siteStats } from "./bench/site-stats.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const USAGE =
  "usage: node scripts/bench.ts [--full] [--out results.json] [--keep] [--units 100,1000] [--years 5] [--seed 1] [--timeout-min 60] [--no-validate] [--max-old-space-size MB]";

interface Options {
  keep: boolean;
  validate: boolean;
  years: number;
  seed: number;
  timeoutMs: number;
  unitCounts: number[];
  out: string | undefined;
  /** Heap limit for the validate/build children (default: Node's own), to explore past 4 GB. */
  heapMb: number | undefined;
}

function parseOptions(argv: string[]): Options {
  const flag = (name: string) => argv.includes(name);
  const option = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const heap = option("--max-old-space-size");
  return {
    keep: flag("--keep"),
    validate: !flag("--no-validate"),
    years: Number(option("--years") ?? 5),
    seed: Number(option("--seed") ?? 1),
    timeoutMs: Number(option("--timeout-min") ?? 60) * 60_000,
    unitCounts: (option("--units") ?? (flag("--full") ? "100,1000,6000" : "100,1000"))
      .split(",")
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 0),
    out: option("--out"),
    heapMb: heap === undefined ? undefined : Number(heap),
  };
}

/** Run a project script as a measured child; say why when it fails. */
async function measured(label: string, args: string[], o: Options, run: RunOptions): Promise<RunResult> {
  const result = await runNode(args, run);
  if (!result.ok) {
    const tail = usefulTail(result.outputTail);
    console.log(`  ${label} failed (${failure(result, o.timeoutMs)})${tail ? `:\n${tail}` : ""}`);
  }
  console.log(
    `  ${label}: ${fmtMs(result.wallMs)}, peak ${fmtBytes(peakBytes(result))}${result.ok ? "" : " (FAILED)"}`,
  );
  return result;
}

/** Generate (when `units` is set), validate, build and measure one data set; data/ itself when `units` is null. */
async function benchSet(
  work: string,
  name: string,
  units: number | null,
  o: Options,
  run: RunOptions,
): Promise<SetResult> {
  console.log(`\n▶ ${name}`);
  const setDir = join(work, name.replace(/[^\w.-]+/g, "-"));
  let dataDir = join(ROOT, "data");
  let generateMs: number | null = null;
  let counts: ReturnType<typeof countDataRows>;
  if (units === null) counts = countDataRows(dataDir);
  else {
    dataDir = join(setDir, "data");
    const t = performance.now();
    const g = generate({ units, years: o.years, seed: o.seed, dir: dataDir });
    generateMs = performance.now() - t;
    const rows = Object.values(g.rows).reduce((a, b) => a + b, 0);
    counts = { units: g.units, documents: g.documents, rows, bytes: g.bytes };
    console.log(
      `  generated ${g.units} units, ${g.documents} documents, ${rows} rows, ${fmtBytes(g.bytes)} in ${fmtMs(generateMs)}`,
    );
  }
  const validate = o.validate ? await measured("validate", ["scripts/validate.ts", "--data", dataDir], o, run) : null;
  const outDir = join(setDir, "site");
  const build = await measured("build", ["scripts/build.ts", "--data", dataDir, "--out", outDir, "--local"], o, run);
  let site: SetResult["site"] = null;
  let search: SearchTiming | string | null = null;
  if (build.ok && existsSync(outDir)) {
    site = siteStats(outDir, { base: (process.env["SITE_BASE"] ?? "/").replace(/\/?$/, "/") });
    console.log(`  site: ${site.pages} pages, ${fmtBytes(site.totalBytes)}`);
    try {
      search = site.searchIndex
        ? searchTiming(site.searchIndex.files.map((f) => join(outDir, f)))
        : `no search index (${SEARCH_INDEX_FILES.join(", ")}) in the built site`;
    } catch (error) {
      search = `search timing failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof search === "string") console.log(`  search: ${search}`);
    else
      console.log(
        `  search: p50 ${search.p50Ms.toFixed(2)} ms, p95 ${search.p95Ms.toFixed(2)} ms over ${search.entries} entries`,
      );
  }
  if (!o.keep) rmSync(setDir, { recursive: true, force: true });
  const { units: unitCount, documents, rows, bytes: dataBytes } = counts;
  return { name, units: unitCount, documents, rows, dataBytes, generateMs, validate, build, site, search };
}

const argv = process.argv.slice(2);
if (argv.includes("--help") || argv.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
const o = parseOptions(argv);
const work = mkdtempSync(join(tmpdir(), "yibao-bench-"));
const interrupted = new AbortController();
const run: RunOptions = {
  cwd: ROOT,
  env:
    o.heapMb === undefined
      ? { ...process.env }
      : {
          ...process.env,
          NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --max-old-space-size=${o.heapMb}`.trim(),
        },
  timeoutMs: o.timeoutMs,
  scratchDir: work,
  gnuTime: await gnuTimeWorks(),
  signal: interrupted.signal,
};
const cleanup = () => {
  if (!o.keep) rmSync(work, { recursive: true, force: true });
};
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    interrupted.abort();
    cleanup();
    process.exit(130);
  });

console.log(
  `bench: node ${process.version}, ${cpus().length} CPUs, ${fmtBytes(totalmem())} RAM; sets: real data/ + ${o.unitCounts.join(", ")} units × ${o.years} years (seed ${o.seed}); work dir ${work}${o.keep ? " (kept)" : ""}`,
);
const results: SetResult[] = [];
try {
  results.push(await benchSet(work, "real data/", null, o, run));
  for (const n of o.unitCounts) results.push(await benchSet(work, `${fmtInt(n)} units`, n, o, run));
} finally {
  cleanup();
}
const { text, targets, fit } = report(results, { timeoutMs: o.timeoutMs });
console.log(`\n${text}`);
if (o.out) {
  const path = resolve(o.out);
  const strip = (r: RunResult | null) => (r ? { ...r, outputTail: r.ok ? undefined : r.outputTail } : null);
  const figures = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    memoryBytes: totalmem(),
    years: o.years,
    seed: o.seed,
    sets: results.map((r) => ({ ...r, validate: strip(r.validate), build: strip(r.build) })),
    fit,
    targets,
  };
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nbench: figures written to ${path}`);
}
