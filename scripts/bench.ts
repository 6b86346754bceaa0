/**
 * npm run bench [-- --full] [-- --out results.json] [-- --keep] [-- --units 100,1000] [-- --years 5] [-- --seed 1]
 *
 * Builds the site from the curated documents (data/) and from synthetic data sets of ~100 and ~1,000 units × 5
 * years (scripts/bench/generate.ts); --full adds ~6,000 units (long). Every validation and build runs as a child
 * process (`node scripts/validate.ts` / `node scripts/build.ts`) whose wall time and peak memory (max RSS from
 * /usr/bin/time -v when present, and the sampled sum over the child's process tree from /proc) are measured. The
 * built site is then measured: pages, sizes, JavaScript per page type (gzip), search index, search query time;
 * and build time is fitted against the number of units on a log–log scale. Figures are printed beside the targets.
 * Generated data and built sites live in a temporary directory under the OS temp dir, removed at the end (--keep
 * keeps it).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, posix, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { generate } from "./bench/generate/index.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const KB = 1024;
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (flag("--help") || flag("-h")) {
  console.log(
    "usage: node scripts/bench.ts [--full] [--out results.json] [--keep] [--units 100,1000] [--years 5] [--seed 1] [--timeout-min 60] [--no-validate] [--max-old-space-size MB]",
  );
  process.exit(0);
}
const FULL = flag("--full");
const KEEP = flag("--keep");
const VALIDATE = !flag("--no-validate");
const YEARS = Number(option("--years") ?? 5);
const SEED = Number(option("--seed") ?? 1);
const TIMEOUT_MS = Number(option("--timeout-min") ?? 60) * 60_000;
const UNIT_COUNTS = (option("--units") ?? (FULL ? "100,1000,6000" : "100,1000"))
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
const OUT_JSON = option("--out");
/** --max-old-space-size MB: heap limit for the validate/build children (default: Node's own), to explore past 4 GB. */
const HEAP_MB = option("--max-old-space-size");
const CHILD_ENV: NodeJS.ProcessEnv = HEAP_MB
  ? {
      ...process.env,
      NODE_OPTIONS: `${process.env["NODE_OPTIONS"] ?? ""} --max-old-space-size=${Number(HEAP_MB)}`.trim(),
    }
  : { ...process.env };

/** Targets, as agreed for the site. */
const TARGETS = {
  chartJsGzip: 35 * KB,
  searchJsGzip: 50 * KB,
  unitHtml: 100 * KB,
  exponent: 1,
  bigBuildMs: 10 * 60_000,
  bigBuildBytes: 4 * 1024 * MB,
  bigUnits: 6000,
  searchP95Ms: 30,
};

// ---------------------------------------------------------------------------------------------------------------
// Child processes: wall time and peak memory
// ---------------------------------------------------------------------------------------------------------------

interface RunResult {
  ok: boolean;
  code: number | null;
  signal: string | null;
  wallMs: number;
  /** Max RSS of the largest process in the tree (GNU time), bytes. */
  maxRssBytes: number | null;
  /** Highest sampled sum of VmRSS over the child's process tree, bytes. */
  treePeakBytes: number | null;
  cpuSeconds: number | null;
  timedOut: boolean;
  outputTail: string;
}

const GNU_TIME = "/usr/bin/time";
let gnuTimeWorks: boolean | null = null;

async function hasGnuTime(): Promise<boolean> {
  if (gnuTimeWorks !== null) return gnuTimeWorks;
  if (!existsSync(GNU_TIME)) return (gnuTimeWorks = false);
  const probe = join(tmpdir(), `yibao-bench-time-probe-${process.pid}`);
  const result = await new Promise<boolean>((done) => {
    const child = spawn(GNU_TIME, ["-v", "-o", probe, "true"], { stdio: "ignore" });
    child.on("error", () => done(false));
    child.on("exit", (code) => done(code === 0));
  });
  gnuTimeWorks = result && existsSync(probe) && readFileSync(probe, "utf8").includes("Maximum resident set size");
  rmSync(probe, { force: true });
  return gnuTimeWorks;
}

/** Sum of VmRSS (bytes) over `root` and all its descendants, from /proc; null where /proc is unavailable. */
function treeRss(root: number): number | null {
  if (!existsSync("/proc/self/status")) return null;
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return null;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) total += Number(match[1]) * KB;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

let current: ReturnType<typeof spawn> | null = null;

async function run(args: string[], label: string): Promise<RunResult> {
  const timeFile = join(tmpdir(), `yibao-bench-time-${process.pid}-${Date.now()}`);
  const useTime = await hasGnuTime();
  const [cmd, cmdArgs]: [string, string[]] = useTime
    ? [GNU_TIME, ["-v", "-o", timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: CHILD_ENV });
  current = child;
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let treePeak: number | null = null;
  const sample = () => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    if (rss !== null) treePeak = Math.max(treePeak ?? 0, rss);
  };
  const poll = setInterval(sample, 200);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, TIMEOUT_MS);
  const [code, exitSignal] = await new Promise<[number | null, string | null]>((done) => {
    child.on("error", (error) => {
      keep(Buffer.from(String(error)));
      done([null, null]);
    });
    child.on("exit", (c, s) => done([c, s]));
  });
  clearInterval(poll);
  clearTimeout(timer);
  current = null;
  const wallMs = performance.now() - started;
  let maxRssBytes: number | null = null;
  let cpuSeconds: number | null = null;
  let signal = exitSignal;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, "utf8");
    rmSync(timeFile, { force: true });
    const num = (re: RegExp) => {
      const m = re.exec(report);
      return m ? Number(m[1]) : null;
    };
    const rssKb = num(/Maximum resident set size \(kbytes\): (\d+)/);
    maxRssBytes = rssKb === null ? null : rssKb * KB;
    const user = num(/User time \(seconds\): ([\d.]+)/);
    const sys = num(/System time \(seconds\): ([\d.]+)/);
    cpuSeconds = user === null || sys === null ? null : user + sys;
    // Under GNU time a signal that ended the command shows as exit code 128 + n; the report names it.
    const killedBy = num(/Command terminated by signal (\d+)/);
    if (killedBy !== null) signal = signalName(killedBy);
  }
  const ok = code === 0 && !timedOut;
  if (!ok)
    console.log(
      `  ${label} failed (${failure({ code, signal, timedOut, outputTail: tail })}):\n${indent(usefulTail(tail))}`,
    );
  return {
    ok,
    code,
    signal,
    wallMs,
    maxRssBytes,
    treePeakBytes: treePeak,
    cpuSeconds,
    timedOut,
    outputTail: tail.trim(),
  };
}

const SIGNALS: Record<number, string> = {
  1: "SIGHUP",
  2: "SIGINT",
  6: "SIGABRT",
  9: "SIGKILL",
  11: "SIGSEGV",
  15: "SIGTERM",
};
const signalName = (n: number) => SIGNALS[n] ?? `signal ${n}`;

/** Why a run failed, in a few words. */
function failure(r: Pick<RunResult, "code" | "signal" | "timedOut"> & { outputTail?: string }): string {
  if (r.timedOut) return `timed out after ${TIMEOUT_MS / 60_000} min`;
  if (r.outputTail && /heap out of memory/i.test(r.outputTail)) return "out of memory (JS heap)";
  if (r.signal) return `killed by ${r.signal}`;
  return `exit ${r.code ?? "?"}`;
}

/** The last lines of a failed run's output, without V8's native stack frames. */
const usefulTail = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim() && !/^\s*\d+: 0x[0-9a-f]+|Native stack trace/.test(l))
    .slice(-8)
    .join("\n");

const indent = (text: string) =>
  text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");

const peakBytes = (r: RunResult): number | null =>
  r.maxRssBytes === null && r.treePeakBytes === null ? null : Math.max(r.maxRssBytes ?? 0, r.treePeakBytes ?? 0);

// ---------------------------------------------------------------------------------------------------------------
// The built site
// ---------------------------------------------------------------------------------------------------------------

interface FileInfo {
  rel: string;
  size: number;
}

function walk(dir: string, base = dir, out: FileInfo[] = []): FileInfo[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, base, out);
    else if (entry.isFile()) out.push({ rel: relative(base, full).split(sep).join("/"), size: statSync(full).size });
  }
  return out;
}

const gzipBytes = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

const SITE_BASE = (process.env["SITE_BASE"] ?? "/").replace(/\/?$/, "/");
const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript"]);

/** Resolve a URL found in a page or script to a file of the built site; null when external or missing. */
function resolveAsset(outDir: string, fromRel: string, url: string): string | null {
  const clean = url.split(/[?#]/)[0] ?? "";
  if (!clean || /^[a-z][a-z0-9+.-]*:/i.test(clean) || clean.startsWith("//")) return null;
  let rel: string;
  if (clean.startsWith("/")) rel = clean.startsWith(SITE_BASE) ? clean.slice(SITE_BASE.length) : clean.slice(1);
  else rel = posix.normalize(posix.join(posix.dirname(fromRel), clean));
  const file = join(outDir, ...rel.split("/"));
  return existsSync(file) && statSync(file).isFile() ? rel : null;
}

/** Static imports of an ES module (what the browser fetches before running it); dynamic import() is not followed. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g;

interface PageJs {
  page: string;
  files: string[];
  inlineScripts: number;
  gzipBytes: number;
  rawBytes: number;
}

/** JavaScript a page loads: <script src> files with their static imports, modulepreloads, and inline scripts. */
function pageJs(outDir: string, pageRel: string): PageJs {
  const html = readFileSync(join(outDir, pageRel), "utf8");
  const files = new Set<string>();
  let gz = 0;
  let raw = 0;
  let inline = 0;
  const queue: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? "";
    const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? "").toLowerCase();
    if (!JS_TYPES.has(type)) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (src) {
      const rel = resolveAsset(outDir, pageRel, src);
      if (rel) queue.push(rel);
    } else if ((m[2] ?? "").trim()) {
      inline++;
      raw += Buffer.byteLength(m[2] ?? "");
      gz += gzipBytes(m[2] ?? "");
    }
  }
  for (const m of html.matchAll(/<link\b[^>]*rel\s*=\s*["']?modulepreload[^>]*>/gi)) {
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(m[0])?.[1];
    const rel = href ? resolveAsset(outDir, pageRel, href) : null;
    if (rel) queue.push(rel);
  }
  while (queue.length) {
    const rel = queue.shift() as string;
    if (files.has(rel)) continue;
    files.add(rel);
    const buf = readFileSync(join(outDir, rel));
    raw += buf.length;
    gz += gzipBytes(buf);
    for (const m of buf.toString("utf8").matchAll(STATIC_IMPORT)) {
      const dep = resolveAsset(outDir, rel, m[1] ?? "");
      if (dep && !files.has(dep)) queue.push(dep);
    }
  }
  return { page: pageRel, files: [...files], inlineScripts: inline, gzipBytes: gz, rawBytes: raw };
}

type PageType = "home" | "unit" | "report" | "metric" | "search" | "chart";
const PAGE_TYPES: { type: PageType; label: string; match: RegExp }[] = [
  { type: "home", label: "home (index.html)", match: /^index\.html$/ },
  { type: "unit", label: "unit page (units/…)", match: /^units\/[^/]+\/index\.html$/ },
  { type: "report", label: "report page (reports/…)", match: /^reports\/[^/]+\/index\.html$/ },
  { type: "metric", label: "metric page (metrics/…)", match: /^metrics\/[^/]+\/index\.html$/ },
  { type: "search", label: "search page (search/)", match: /^search\/index\.html$/ },
  { type: "chart", label: "chart embed (embed/…)", match: /^embed\/[^/]+\/index\.html$/ },
];

interface SiteStats {
  pages: number;
  totalBytes: number;
  files: number;
  medianHtmlBytes: number | null;
  largestHtml: FileInfo | null;
  /** Largest unit page in any language (…/units/<id>/index.html). */
  largestUnitHtml: FileInfo | null;
  /** Largest report page in any language (…/reports/<id>/index.html). */
  largestReportHtml: FileInfo | null;
  js: Partial<Record<PageType, PageJs & { count: number }>>;
  searchIndex: { files: string[]; rawBytes: number; gzipBytes: number } | null;
}

function siteStats(outDir: string): SiteStats {
  const files = walk(outDir);
  const html = files.filter((f) => f.rel.endsWith(".html")).sort((a, b) => a.size - b.size);
  const mid = html.length ? html.length / 2 : 0;
  const median = html.length
    ? html.length % 2
      ? (html[Math.floor(mid)]?.size ?? 0)
      : ((html[mid - 1]?.size ?? 0) + (html[mid]?.size ?? 0)) / 2
    : null;
  const units = html.filter((f) => /(^|\/)units\/[^/]+\/index\.html$/.test(f.rel));
  const js: SiteStats["js"] = {};
  for (const { type, match } of PAGE_TYPES) {
    const pages = html.filter((f) => match.test(f.rel));
    // The heaviest page of its type stands for it (pages of a type share their scripts; data size varies).
    const page = pages.at(-1);
    if (page) js[type] = { ...pageJs(outDir, page.rel), count: pages.length };
  }
  const indexFiles = files.filter((f) => /search/i.test(f.rel) && f.rel.endsWith(".json"));
  const searchIndex = indexFiles.length
    ? {
        files: indexFiles.map((f) => f.rel),
        rawBytes: indexFiles.reduce((a, f) => a + f.size, 0),
        gzipBytes: indexFiles.reduce((a, f) => a + gzipBytes(readFileSync(join(outDir, f.rel))), 0),
      }
    : null;
  return {
    pages: html.length,
    totalBytes: files.reduce((a, f) => a + f.size, 0),
    files: files.length,
    medianHtmlBytes: median,
    largestHtml: html.at(-1) ?? null,
    largestUnitHtml: units.sort((a, b) => a.size - b.size).at(-1) ?? null,
    largestReportHtml: html.filter((f) => /(^|\/)reports\/[^/]+\/index\.html$/.test(f.rel)).at(-1) ?? null,
    js,
    searchIndex,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Search query time, with the site's own search function over the built index
// ---------------------------------------------------------------------------------------------------------------

const QUERIES = [
  "医疗保障局",
  "医保",
  "鞍山",
  "沈丘",
  "抚顺",
  "千山区",
  "服务中心",
  "Anshan",
  "Shenqiu",
  "healthcare security",
  "service centre",
  "county",
  "district",
  "municipal",
  "卫生健康",
  "行政运行",
  "城乡医疗救助",
  "住房公积金",
  "公务员医疗补助",
  "基金监管",
  "2101301",
  "210",
  "三公",
  "人员经费",
  "anshan",
  "fushun",
  "ylbz",
  "as",
  "安宁",
  "江西省",
  "Hebei",
  "xyz-no-such-thing",
];

interface SearchTiming {
  module: string;
  how: string;
  entries: number;
  queries: number;
  runs: number;
  loadMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

type AnyFn = (...args: unknown[]) => unknown;
const isFn = (x: unknown): x is AnyFn => typeof x === "function";

/** Adapt whatever src/lib/search*.ts exports into `query → results`; null when nothing fits. */
async function searchAdapter(
  index: unknown,
): Promise<{ module: string; how: string; run: (q: string) => unknown } | null> {
  const dir = join(ROOT, "src", "lib");
  const candidates = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^search.*\.ts$/.test(f))
        .sort((a, b) => a.length - b.length || a.localeCompare(b))
    : [];
  for (const file of candidates) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    } catch {
      continue;
    }
    const factoryName = ["createSearch", "createSearcher", "makeSearch", "makeSearcher", "buildSearch"].find((n) =>
      isFn(mod[n]),
    );
    const searchName = ["searchEntries", "search", "query", "find"].find((n) => isFn(mod[n]));
    const factory = factoryName ? (mod[factoryName] as AnyFn) : null;
    const search = searchName ? (mod[searchName] as AnyFn) : null;
    const works = (run: (q: string) => unknown) => {
      try {
        return Array.isArray(run(QUERIES[0] ?? "医保"));
      } catch {
        return false;
      }
    };
    if (factory && search) {
      const engine = factory(index);
      const run = (q: string) => search(engine, q);
      if (works(run)) return { module: `src/lib/${file}`, how: `${searchName}(${factoryName}(index), q)`, run };
    }
    if (factory) {
      const engine = factory(index) as { search?: AnyFn } | AnyFn;
      const run = isFn(engine)
        ? (q: string) => engine(q)
        : isFn(engine.search)
          ? (q: string) => (engine.search as AnyFn).call(engine, q)
          : null;
      if (run && works(run)) return { module: `src/lib/${file}`, how: `${factoryName}(index)(q)`, run };
    }
    if (search) {
      for (const [how, run] of [
        [`${searchName}(index, q)`, (q: string) => search(index, q)],
        [`${searchName}(q, index)`, (q: string) => search(q, index)],
      ] as const)
        if (works(run)) return { module: `src/lib/${file}`, how, run };
    }
  }
  return null;
}

async function searchTiming(outDir: string, stats: SiteStats): Promise<SearchTiming | string> {
  if (!stats.searchIndex) return "no search index (*.json with 'search' in its path) in the built site";
  const largest = stats.searchIndex.files
    .map((rel) => ({ rel, size: statSync(join(outDir, rel)).size }))
    .sort((a, b) => b.size - a.size)[0];
  if (!largest) return "no search index";
  const started = performance.now();
  const index: unknown = JSON.parse(readFileSync(join(outDir, largest.rel), "utf8"));
  const adapter = await searchAdapter(index);
  const loadMs = performance.now() - started;
  if (!adapter) return "no usable search function exported by src/lib/search*.ts";
  // Warm up once per query, then as many rounds as fit in ~15 s (at least 1, at most 20).
  let warm = 0;
  for (const q of QUERIES) {
    const t = performance.now();
    adapter.run(q);
    warm += performance.now() - t;
  }
  const rounds = Math.max(1, Math.min(20, Math.floor(15_000 / Math.max(warm, 1))));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of QUERIES) {
      const t = performance.now();
      adapter.run(q);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0;
  return {
    module: adapter.module,
    how: adapter.how,
    entries: Array.isArray(index) ? index.length : 0,
    queries: QUERIES.length,
    runs: times.length,
    loadMs,
    p50Ms: pct(50),
    p95Ms: pct(95),
    maxMs: times.at(-1) ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Data sets
// ---------------------------------------------------------------------------------------------------------------

interface SetResult {
  name: string;
  units: number;
  documents: number;
  rows: number;
  dataBytes: number;
  generateMs: number | null;
  validate: RunResult | null;
  build: RunResult;
  site: SiteStats | null;
  search: SearchTiming | string | null;
}

function countDataRows(dir: string): { units: number; documents: number; rows: number; bytes: number } {
  let rows = 0;
  let bytes = 0;
  let units = 0;
  let documents = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".csv"))) {
    const text = readFileSync(join(dir, f), "utf8");
    bytes += Buffer.byteLength(text);
    // Records, not lines: quoted cells may hold newlines. Good enough: count newlines outside quotes.
    let n = 0;
    let inQuotes = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) inQuotes = !inQuotes;
      else if (c === 10 && !inQuotes) n++;
    }
    const records = Math.max(0, n - 1);
    rows += records;
    if (f === "units.csv") units = records;
    if (f === "documents.csv") documents = records;
  }
  return { units, documents, rows, bytes };
}

async function benchSet(work: string, name: string, units: number | null): Promise<SetResult> {
  console.log(`\n▶ ${name}`);
  const setDir = join(work, name.replace(/[^\w.-]+/g, "-"));
  let dataDir = join(ROOT, "data");
  let generateMs: number | null = null;
  if (units !== null) {
    dataDir = join(setDir, "data");
    const t = performance.now();
    const g = generate({ units, years: YEARS, seed: SEED, dir: dataDir });
    generateMs = performance.now() - t;
    console.log(
      `  generated ${g.units} units, ${g.documents} documents, ${sum(Object.values(g.rows))} rows, ${fmtBytes(g.bytes)} in ${fmtMs(generateMs)}`,
    );
  }
  const counts = countDataRows(dataDir);
  let validate: RunResult | null = null;
  if (VALIDATE) {
    validate = await run(["scripts/validate.ts", "--data", dataDir], "validate");
    console.log(
      `  validate: ${fmtMs(validate.wallMs)}, peak ${fmtBytes(peakBytes(validate))}${validate.ok ? "" : " (FAILED)"}`,
    );
  }
  const outDir = join(setDir, "site");
  const build = await run(["scripts/build.ts", "--data", dataDir, "--out", outDir], "build");
  console.log(`  build: ${fmtMs(build.wallMs)}, peak ${fmtBytes(peakBytes(build))}${build.ok ? "" : " (FAILED)"}`);
  let site: SiteStats | null = null;
  let search: SearchTiming | string | null = null;
  if (build.ok && existsSync(outDir)) {
    site = siteStats(outDir);
    console.log(`  site: ${site.pages} pages, ${fmtBytes(site.totalBytes)}`);
    try {
      search = await searchTiming(outDir, site);
    } catch (error) {
      search = `search timing failed: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof search === "string") console.log(`  search: ${search}`);
    else
      console.log(
        `  search: p50 ${search.p50Ms.toFixed(2)} ms, p95 ${search.p95Ms.toFixed(2)} ms over ${search.entries} entries`,
      );
  }
  if (!KEEP) rmSync(setDir, { recursive: true, force: true });
  return {
    name,
    units: counts.units,
    documents: counts.documents,
    rows: counts.rows,
    dataBytes: counts.bytes,
    generateMs,
    validate,
    build,
    site,
    search,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fit and report
// ---------------------------------------------------------------------------------------------------------------

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Least-squares slope of log(y) on log(x). */
function logLogSlope(points: [number, number][]): number | null {
  const pts = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (pts.length < 2) return null;
  const mx = sum(pts.map((p) => p[0])) / pts.length;
  const my = sum(pts.map((p) => p[1])) / pts.length;
  const sxx = sum(pts.map((p) => (p[0] - mx) ** 2));
  if (sxx === 0) return null;
  return sum(pts.map((p) => (p[0] - mx) * (p[1] - my))) / sxx;
}

function fmtBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return "n/a";
  if (n < KB) return `${n} B`;
  if (n < MB) return `${(n / KB).toFixed(1)} KB`;
  if (n < 1024 * MB) return `${(n / MB).toFixed(1)} MB`;
  return `${(n / 1024 / MB).toFixed(2)} GB`;
}

function fmtMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "n/a";
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

const fmtInt = (n: number) => n.toLocaleString("en-US");

/** Plain-text table: first column (and `leftFrom` onwards) left-aligned, the others right-aligned. */
function table(rows: string[][], leftFrom = Infinity): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r, ri) => {
      const line = r
        .map((c, i) => (i === 0 || i >= leftFrom ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

interface TargetRow {
  target: string;
  figure: string;
  status: "met" | "missed" | "n/a";
  note: string;
}

function report(results: SetResult[]): { text: string; targets: TargetRow[]; fit: Record<string, number | null> } {
  const ok = results.filter((r) => r.build.ok);
  const fitAll = logLogSlope(ok.map((r) => [r.units, r.build.wallMs]));
  const synthetic = ok.filter((r) => r.generateMs !== null);
  const fitSynthetic = logLogSlope(synthetic.map((r) => [r.units, r.build.wallMs]));
  const fitValidate = logLogSlope(
    results.filter((r) => r.validate?.ok && r.generateMs !== null).map((r) => [r.units, r.validate?.wallMs ?? 0]),
  );
  const js = (r: SetResult, t: PageType) => {
    const p = r.site?.js[t];
    return p ? `${fmtBytes(p.gzipBytes)}` : "n/a";
  };
  const rows: string[][] = [
    ["", ...results.map((r) => r.name)],
    ["units / documents", ...results.map((r) => `${fmtInt(r.units)} / ${fmtInt(r.documents)}`)],
    ["CSV rows / size", ...results.map((r) => `${fmtInt(r.rows)} / ${fmtBytes(r.dataBytes)}`)],
    ["generate time", ...results.map((r) => fmtMs(r.generateMs))],
    [
      "validate wall time",
      ...results.map((r) =>
        r.validate ? `${fmtMs(r.validate.wallMs)}${r.validate.ok ? "" : ` FAILED: ${failure(r.validate)}`}` : "n/a",
      ),
    ],
    ["validate peak memory", ...results.map((r) => (r.validate ? fmtBytes(peakBytes(r.validate)) : "n/a"))],
    [
      "build wall time",
      ...results.map((r) => `${fmtMs(r.build.wallMs)}${r.build.ok ? "" : ` FAILED: ${failure(r.build)}`}`),
    ],
    ["build CPU time", ...results.map((r) => (r.build.cpuSeconds === null ? "n/a" : fmtMs(r.build.cpuSeconds * 1000)))],
    ["build peak memory", ...results.map((r) => fmtBytes(peakBytes(r.build)))],
    ["pages (.html)", ...results.map((r) => (r.site ? fmtInt(r.site.pages) : "n/a"))],
    ["total out size", ...results.map((r) => fmtBytes(r.site?.totalBytes))],
    ["median HTML page", ...results.map((r) => fmtBytes(r.site?.medianHtmlBytes))],
    ["largest HTML page", ...results.map((r) => fmtBytes(r.site?.largestHtml?.size))],
    ["largest unit page HTML", ...results.map((r) => fmtBytes(r.site?.largestUnitHtml?.size))],
    ["largest report page HTML", ...results.map((r) => fmtBytes(r.site?.largestReportHtml?.size))],
    ...PAGE_TYPES.map(({ type, label }) => [`JS gzip: ${label}`, ...results.map((r) => js(r, type))]),
    [
      "search index (raw / gzip)",
      ...results.map((r) =>
        r.site?.searchIndex
          ? `${fmtBytes(r.site.searchIndex.rawBytes)} / ${fmtBytes(r.site.searchIndex.gzipBytes)}`
          : "n/a",
      ),
    ],
    [
      "search query p50 / p95",
      ...results.map((r) =>
        r.search && typeof r.search !== "string"
          ? `${r.search.p50Ms.toFixed(2)} / ${r.search.p95Ms.toFixed(2)} ms`
          : "n/a",
      ),
    ],
  ];
  const lines = [table(rows), ""];
  lines.push(
    `build time ~ N^k (N = units, least squares on log–log): k = ${fitAll?.toFixed(2) ?? "n/a"} over all ${ok.length} sets built` +
      (synthetic.length >= 2
        ? `; k = ${fitSynthetic?.toFixed(2) ?? "n/a"} over the ${synthetic.length} synthetic sets`
        : "") +
      (fitValidate !== null ? `; validation alone k = ${fitValidate.toFixed(2)}` : ""),
  );
  for (const r of results) {
    if (r.site?.largestHtml) lines.push(`largest page of ${r.name}: ${r.site.largestHtml.rel}`);
    if (r.search && typeof r.search !== "string")
      lines.push(
        `search in ${r.name}: ${r.search.how} from ${r.search.module}, ${fmtInt(r.search.entries)} entries, ${r.search.runs} timed queries, index load ${fmtMs(r.search.loadMs)}, max ${r.search.maxMs.toFixed(2)} ms`,
      );
    else if (typeof r.search === "string") lines.push(`search in ${r.name}: n/a (${r.search})`);
  }

  // Targets: each figure is the worst over the sets that produced it.
  const targets: TargetRow[] = [];
  const worst = <T>(xs: (T | null | undefined)[], key: (x: T) => number): T | null =>
    xs.filter((x): x is T => x !== null && x !== undefined).sort((a, b) => key(b) - key(a))[0] ?? null;
  const status = (value: number | null, limit: number): TargetRow["status"] =>
    value === null ? "n/a" : value <= limit ? "met" : "missed";

  const chartPages = results.flatMap((r) =>
    (["chart", "metric", "unit"] as const).map((t) => (r.site?.js[t] ? { set: r.name, ...r.site.js[t] } : null)),
  );
  const chart = worst(chartPages, (p) => p.gzipBytes);
  targets.push({
    target: "JS on a chart page ≤ 35 KB gzip",
    figure: chart ? fmtBytes(chart.gzipBytes) : "n/a",
    status: status(chart?.gzipBytes ?? null, TARGETS.chartJsGzip),
    note: chart ? `heaviest of embed/metric/unit pages: ${chart.page} (${chart.set})` : "no chart pages built",
  });
  const searchPage = worst(
    results.map((r) => (r.site?.js.search ? { set: r.name, index: r.site.searchIndex, ...r.site.js.search } : null)),
    (p) => p.gzipBytes,
  );
  const biggestIndex = worst(
    results.map((r) => (r.site?.searchIndex ? { set: r.name, ...r.site.searchIndex } : null)),
    (p) => p.gzipBytes,
  );
  targets.push({
    target: "search page ≤ 50 KB gzip JS (+ index)",
    figure: searchPage ? `${fmtBytes(searchPage.gzipBytes)} + index up to ${fmtBytes(biggestIndex?.gzipBytes)}` : "n/a",
    status: status(searchPage?.gzipBytes ?? null, TARGETS.searchJsGzip),
    note: biggestIndex ? `largest index gzip in ${biggestIndex.set}` : "no search page built",
  });
  const unit = worst(
    results.map((r) => (r.site?.largestUnitHtml ? { set: r.name, ...r.site.largestUnitHtml } : null)),
    (p) => p.size,
  );
  targets.push({
    target: "unit page ≤ 100 KB HTML",
    figure: unit ? fmtBytes(unit.size) : "n/a",
    status: status(unit?.size ?? null, TARGETS.unitHtml),
    note: unit ? `largest: ${unit.rel} (${unit.set})` : "no unit pages built",
  });
  const k = synthetic.length >= 2 ? fitSynthetic : fitAll;
  const failedBuilds = results.filter((r) => !r.build.ok);
  targets.push({
    target: "build time exponent ≤ 1",
    figure: k === null ? "n/a" : k.toFixed(2),
    status: status(k, TARGETS.exponent),
    note:
      (synthetic.length >= 2
        ? "fit over the synthetic sets (fixed start-up cost flattens the fit over all)"
        : "fit over all sets built") +
      (failedBuilds.length ? `; left out, build failed: ${failedBuilds.map((r) => r.name).join(", ")}` : ""),
  });
  const big = results.find((r) => r.generateMs !== null && r.units >= TARGETS.bigUnits);
  if (big) {
    const mem = peakBytes(big.build);
    targets.push({
      target: "6,000-unit build ≤ 10 min",
      figure: `${fmtMs(big.build.wallMs)}${big.build.ok ? "" : " (failed)"}`,
      status: big.build.ok ? status(big.build.wallMs, TARGETS.bigBuildMs) : "missed",
      note: big.name,
    });
    targets.push({
      target: "6,000-unit build ≤ 4 GB",
      figure: `${fmtBytes(mem)}${big.build.ok ? "" : " (failed)"}`,
      status: big.build.ok ? status(mem, TARGETS.bigBuildBytes) : "missed",
      note: big.name,
    });
  } else {
    targets.push({ target: "6,000-unit build ≤ 10 min", figure: "not run", status: "n/a", note: "run with --full" });
    targets.push({ target: "6,000-unit build ≤ 4 GB", figure: "not run", status: "n/a", note: "run with --full" });
  }
  const p95 = worst(
    results.map((r) => (r.search && typeof r.search !== "string" ? { set: r.name, ...r.search } : null)),
    (p) => p.p95Ms,
  );
  targets.push({
    target: "search p95 ≤ 30 ms",
    figure: p95 ? `${p95.p95Ms.toFixed(2)} ms` : "n/a",
    status: status(p95?.p95Ms ?? null, TARGETS.searchP95Ms),
    note: p95 ? `${p95.set}, ${fmtInt(p95.entries)} entries` : "no search function or index",
  });
  lines.push(
    "",
    table(
      [["target", "figure", "status", "worst case"], ...targets.map((t) => [t.target, t.figure, t.status, t.note])],
      2,
    ),
  );
  return { text: lines.join("\n"), targets, fit: { all: fitAll, synthetic: fitSynthetic, validate: fitValidate } };
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), "yibao-bench-"));
const cleanup = () => {
  if (current && current.exitCode === null) current.kill("SIGKILL");
  if (!KEEP) rmSync(work, { recursive: true, force: true });
};
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

console.log(
  `bench: node ${process.version}, ${cpus().length} CPUs, ${fmtBytes(totalmem())} RAM; sets: real data/ + ${UNIT_COUNTS.join(", ")} units × ${YEARS} years (seed ${SEED}); work dir ${work}${KEEP ? " (kept)" : ""}`,
);
const results: SetResult[] = [];
try {
  results.push(await benchSet(work, "real data/", null));
  for (const n of UNIT_COUNTS) results.push(await benchSet(work, `${fmtInt(n)} units`, n));
} finally {
  cleanup();
}
const { text, targets, fit } = report(results);
console.log(`\n${text}`);
if (OUT_JSON) {
  const path = resolve(OUT_JSON);
  const strip = (r: RunResult | null) => (r ? { ...r, outputTail: r.ok ? undefined : r.outputTail } : null);
  writeFileSync(
    path,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        memoryBytes: totalmem(),
        years: YEARS,
        seed: SEED,
        sets: results.map((r) => ({ ...r, validate: strip(r.validate), build: strip(r.build) })),
        fit,
        targets,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nbench: figures written to ${path}`);
}
