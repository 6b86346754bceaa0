import { fmtBytes, fmtInt, fmtMs, KB, MB, table } from "./format.ts";
import { atNationalScale, BYTES_TARGETS, FILE_KINDS } from "./bytes.ts";
import { failure, peakBytes, type RunResult } from "./run.ts";
import type { SearchTiming } from "./search-timing.ts";
import { PAGE_TYPES, SEARCH_FIRST_LOAD_TARGET, type PageType, type SiteStats } from "./site-stats.ts";
import { logLogSlope } from "./stats.ts";

/** Targets, as agreed for the site. */
export const TARGETS = {
  chartJsGzip: 35 * KB,
  searchJsGzip: 50 * KB,
  unitHtml: 100 * KB,
  exponent: 1,
  bigBuildMs: 10 * 60_000,
  bigBuildBytes: 4 * 1024 * MB,
  bigUnits: 6000,
  searchP95Ms: 30,
};

/** What was measured on one data set: the curated data/ or a synthetic set (generateMs not null). */
export interface SetResult {
  name: string;
  units: number;
  documents: number;
  rows: number;
  dataBytes: number;
  generateMs: number | null;
  validate: RunResult | null;
  build: RunResult;
  site: SiteStats | null;
  /** The timing, or why there is none. */
  search: SearchTiming | string | null;
}

export interface TargetRow {
  target: string;
  figure: string;
  status: "met" | "missed" | "n/a";
  note: string;
}

const timing = (r: SetResult) => (r.search && typeof r.search !== "string" ? r.search : null);

/** The figures table: one row per figure, one column per set. */
function figureRows(results: SetResult[], timeoutMs: number): string[][] {
  const each = (label: string, f: (r: SetResult) => string) => [label, ...results.map(f)];
  const wall = (r: RunResult) => `${fmtMs(r.wallMs)}${r.ok ? "" : ` FAILED: ${failure(r, timeoutMs)}`}`;
  const js = (t: PageType) => (r: SetResult) => fmtBytes(r.site?.js[t]?.gzipBytes);
  return [
    ["", ...results.map((r) => r.name)],
    each("units / documents", (r) => `${fmtInt(r.units)} / ${fmtInt(r.documents)}`),
    each("CSV rows / size", (r) => `${fmtInt(r.rows)} / ${fmtBytes(r.dataBytes)}`),
    each("generate time", (r) => fmtMs(r.generateMs)),
    each("validate wall time", (r) => (r.validate ? wall(r.validate) : "n/a")),
    each("validate peak memory", (r) => (r.validate ? fmtBytes(peakBytes(r.validate)) : "n/a")),
    each("build wall time", (r) => wall(r.build)),
    each("build CPU time", (r) => (r.build.cpuSeconds === null ? "n/a" : fmtMs(r.build.cpuSeconds * 1000))),
    each("build peak memory", (r) => fmtBytes(peakBytes(r.build))),
    each("pages (.html)", (r) => (r.site ? fmtInt(r.site.pages) : "n/a")),
    each("total out size", (r) => fmtBytes(r.site?.totalBytes)),
    each("files", (r) => (r.site ? fmtInt(r.site.files) : "n/a")),
    each(`bytes per report (target ≤ ${fmtBytes(BYTES_TARGETS.bytesPerReport)})`, (r) =>
      r.site && r.documents ? fmtBytes(Math.round(r.site.totalBytes / r.documents)) : "n/a",
    ),
    each(`files per report (target ≤ ${BYTES_TARGETS.filesPerReport})`, (r) =>
      r.site && r.documents ? (r.site.files / r.documents).toFixed(2) : "n/a",
    ),
    each(`× 60,000 reports, linear (target ≤ 1 GB / ≤ ${fmtInt(BYTES_TARGETS.totalFiles)} files)`, (r) => {
      const bytes = r.site ? atNationalScale(r.site.totalBytes, r.documents) : null;
      const files = r.site ? atNationalScale(r.site.files, r.documents) : null;
      return bytes === null || files === null ? "n/a" : `${fmtBytes(bytes)} / ${fmtInt(Math.round(files))}`;
    }),
    each("median HTML page", (r) => fmtBytes(r.site?.medianHtmlBytes)),
    each("largest HTML page", (r) => fmtBytes(r.site?.largestHtml?.size)),
    each("largest unit page HTML", (r) => fmtBytes(r.site?.largestUnitHtml?.size)),
    each("largest report page HTML", (r) => fmtBytes(r.site?.largestReportHtml?.size)),
    ...PAGE_TYPES.map(({ type, label }) => each(`JS gzip: ${label}`, js(type))),
    each("search index (raw / gzip)", (r) =>
      r.site?.searchIndex
        ? `${fmtBytes(r.site.searchIndex.rawBytes)} / ${fmtBytes(r.site.searchIndex.gzipBytes)}`
        : "n/a",
    ),
    each(
      `search first load gzip: main + places + largest unit shard (target ≤ ${fmtBytes(SEARCH_FIRST_LOAD_TARGET)} at 6,000 units)`,
      (r) => (r.site?.searchIndex ? fmtBytes(r.site.searchIndex.firstLoadGzipBytes) : "n/a"),
    ),
    each("search shards gzip (main / reports / projects / largest units-<province>)", (r) => {
      const index = r.site?.searchIndex;
      if (!index) return "n/a";
      const fixed = index.shards.filter((s) => !s.file.includes("/units-")).map((s) => fmtBytes(s.gzipBytes));
      return [...fixed, fmtBytes(index.largestUnitShard?.gzipBytes ?? 0)].join(" / ");
    }),
    each("search query p50 / p95 (target p95 ≤ 30 ms)", (r) => {
      const s = timing(r);
      return s ? `${s.p50Ms.toFixed(2)} / ${s.p95Ms.toFixed(2)} ms` : "n/a";
    }),
  ];
}

/**
 * Bytes and files by page kind and download kind, one column per set: total, share of the site and per report
 * (kinds no set has are left out).
 */
function kindRows(results: SetResult[]): string[][] {
  const sets = results.filter((r) => r.site);
  const rows = [["bytes · files (per report)", ...sets.map((r) => r.name)]];
  for (const kind of FILE_KINDS) {
    const cells = sets.map((r) => {
      const k = r.site?.byKind.find((x) => x.kind === kind);
      if (!k) return "–";
      const per = r.documents
        ? ` (${fmtBytes(Math.round(k.bytes / r.documents))}, ${(k.files / r.documents).toFixed(2)})`
        : "";
      return `${fmtBytes(k.bytes)} · ${fmtInt(k.files)}${per}`;
    });
    if (cells.some((c) => c !== "–")) rows.push([kind, ...cells]);
  }
  rows.push([
    "total",
    ...sets.map((r) => {
      const s = r.site;
      if (!s) return "n/a";
      const per = r.documents
        ? ` (${fmtBytes(Math.round(s.totalBytes / r.documents))}, ${(s.files / r.documents).toFixed(2)})`
        : "";
      return `${fmtBytes(s.totalBytes)} · ${fmtInt(s.files)}${per}`;
    }),
  ]);
  return rows;
}

/** Over every set, the figure with the largest `key` (the worst case for a ceiling), with the set's name. */
function worst<T extends object>(
  results: SetResult[],
  figures: (r: SetResult) => (T | null | undefined)[],
  key: (x: T) => number,
): (T & { set: string }) | null {
  const all = results.flatMap((r) =>
    figures(r)
      .filter((x): x is T => x !== null && x !== undefined)
      .map((x) => ({ set: r.name, ...x })),
  );
  return all.sort((a, b) => key(b) - key(a))[0] ?? null;
}

const status = (value: number | null, limit: number): TargetRow["status"] =>
  value === null ? "n/a" : value <= limit ? "met" : "missed";

/** Each target beside its figure: the worst over the sets that produced it. */
function targetRows(results: SetResult[], k: number | null, fitNote: string): TargetRow[] {
  const rows: TargetRow[] = [];
  const chart = worst(
    results,
    (r) => (["chart", "metric", "unit"] as const).map((t) => r.site?.js[t]),
    (p) => p.gzipBytes,
  );
  rows.push({
    target: "JS on a chart page ≤ 35 KB gzip",
    figure: chart ? fmtBytes(chart.gzipBytes) : "n/a",
    status: status(chart?.gzipBytes ?? null, TARGETS.chartJsGzip),
    note: chart ? `heaviest of embed/metric/unit pages: ${chart.page} (${chart.set})` : "no chart pages built",
  });
  const searchPage = worst(
    results,
    (r) => [r.site?.js.search],
    (p) => p.gzipBytes,
  );
  const index = worst(
    results,
    (r) => [r.site?.searchIndex],
    (p) => p.gzipBytes,
  );
  rows.push({
    target: "search page ≤ 50 KB gzip JS (+ index)",
    figure: searchPage ? `${fmtBytes(searchPage.gzipBytes)} + index up to ${fmtBytes(index?.gzipBytes)}` : "n/a",
    status: status(searchPage?.gzipBytes ?? null, TARGETS.searchJsGzip),
    note: index ? `largest index gzip in ${index.set}` : "no search page built",
  });
  const unit = worst(
    results,
    (r) => [r.site?.largestUnitHtml],
    (p) => p.size,
  );
  rows.push({
    target: "unit page ≤ 100 KB HTML",
    figure: unit ? fmtBytes(unit.size) : "n/a",
    status: status(unit?.size ?? null, TARGETS.unitHtml),
    note: unit ? `largest: ${unit.rel} (${unit.set})` : "no unit pages built",
  });
  rows.push({
    target: "build time exponent ≤ 1",
    figure: k === null ? "n/a" : k.toFixed(2),
    status: status(k, TARGETS.exponent),
    note: fitNote,
  });
  const big = results.find((r) => r.generateMs !== null && r.units >= TARGETS.bigUnits);
  const bigFigure = (figure: string) => `${figure}${big?.build.ok ? "" : " (failed)"}`;
  const bigStatus = (value: number | null, limit: number) => (big?.build.ok ? status(value, limit) : "missed");
  if (big) {
    const mem = peakBytes(big.build);
    rows.push(
      {
        target: "6,000-unit build ≤ 10 min",
        figure: bigFigure(fmtMs(big.build.wallMs)),
        status: bigStatus(big.build.wallMs, TARGETS.bigBuildMs),
        note: big.name,
      },
      {
        target: "6,000-unit build ≤ 4 GB",
        figure: bigFigure(fmtBytes(mem)),
        status: bigStatus(mem, TARGETS.bigBuildBytes),
        note: big.name,
      },
    );
  } else
    for (const target of ["6,000-unit build ≤ 10 min", "6,000-unit build ≤ 4 GB"])
      rows.push({ target, figure: "not run", status: "n/a", note: "run with --full" });
  // Bytes and files are held against the national targets from the largest synthetic set built (per report, so
  // linear in reports); the real data/ set is too small to stand for the national site.
  const sized = results
    .filter((r) => r.site && r.generateMs !== null && r.documents > 0)
    .sort((a, b) => b.documents - a.documents)[0];
  const national = (figure: number) => (sized ? atNationalScale(figure, sized.documents) : null);
  const natBytes = sized?.site ? national(sized.site.totalBytes) : null;
  const natFiles = sized?.site ? national(sized.site.files) : null;
  const note = sized
    ? `${sized.name} (${fmtInt(sized.documents)} reports), extrapolated linearly to 60,000 reports`
    : "no synthetic set built";
  rows.push(
    {
      target: "≤ 16 KB per report",
      figure: sized?.site ? fmtBytes(Math.round(sized.site.totalBytes / sized.documents)) : "n/a",
      status: status(sized?.site ? sized.site.totalBytes / sized.documents : null, BYTES_TARGETS.bytesPerReport),
      note: sized?.name ?? "no synthetic set built",
    },
    {
      target: "≤ 3 files per report",
      figure: sized?.site ? (sized.site.files / sized.documents).toFixed(2) : "n/a",
      status: status(sized?.site ? sized.site.files / sized.documents : null, BYTES_TARGETS.filesPerReport),
      note: sized?.name ?? "no synthetic set built",
    },
    {
      target: "6,000 units × 5 years ≤ 1 GB (Pages)",
      figure: natBytes === null ? "n/a" : fmtBytes(natBytes),
      status: status(natBytes, BYTES_TARGETS.totalBytes),
      note,
    },
    {
      target: "6,000 units × 5 years ≤ 200,000 files",
      figure: natFiles === null ? "n/a" : fmtInt(Math.round(natFiles)),
      status: status(natFiles, BYTES_TARGETS.totalFiles),
      note,
    },
  );
  const p95 = worst(
    results,
    (r) => [timing(r)],
    (p) => p.p95Ms,
  );
  rows.push({
    target: "search p95 ≤ 30 ms",
    figure: p95 ? `${p95.p95Ms.toFixed(2)} ms` : "n/a",
    status: status(p95?.p95Ms ?? null, TARGETS.searchP95Ms),
    note: p95 ? `${p95.set}, ${fmtInt(p95.entries)} entries` : "no search function or index",
  });
  return rows;
}

/** The figures table, the build-time fit, notes per set, and the targets table. */
export function report(
  results: SetResult[],
  { timeoutMs }: { timeoutMs: number },
): { text: string; targets: TargetRow[]; fit: Record<string, number | null> } {
  const ok = results.filter((r) => r.build.ok);
  const synthetic = ok.filter((r) => r.generateMs !== null);
  const fit = {
    all: logLogSlope(ok.map((r) => [r.units, r.build.wallMs])),
    synthetic: logLogSlope(synthetic.map((r) => [r.units, r.build.wallMs])),
    validate: logLogSlope(
      results.filter((r) => r.validate?.ok && r.generateMs !== null).map((r) => [r.units, r.validate?.wallMs ?? 0]),
    ),
  };
  const lines = [table(figureRows(results, timeoutMs)), "", table(kindRows(results)), ""];
  lines.push(
    `build time ~ N^k (N = units, least squares on log–log): k = ${fit.all?.toFixed(2) ?? "n/a"} over all ${ok.length} sets built` +
      (synthetic.length >= 2
        ? `; k = ${fit.synthetic?.toFixed(2) ?? "n/a"} over the ${synthetic.length} synthetic sets`
        : "") +
      (fit.validate !== null ? `; validation alone k = ${fit.validate.toFixed(2)}` : ""),
  );
  for (const r of results) {
    if (r.site?.largestHtml) lines.push(`largest page of ${r.name}: ${r.site.largestHtml.rel}`);
    const s = timing(r);
    if (s)
      lines.push(
        `search in ${r.name}: ${s.how} from ${s.module}, ${fmtInt(s.entries)} entries, ${s.runs} timed queries, index load ${fmtMs(s.loadMs)}, max ${s.maxMs.toFixed(2)} ms`,
      );
    else if (typeof r.search === "string") lines.push(`search in ${r.name}: n/a (${r.search})`);
  }
  const failed = results.filter((r) => !r.build.ok).map((r) => r.name);
  const fitNote =
    (synthetic.length >= 2
      ? "fit over the synthetic sets (fixed start-up cost flattens the fit over all)"
      : "fit over all sets built") + (failed.length ? `; left out, build failed: ${failed.join(", ")}` : "");
  const targets = targetRows(results, synthetic.length >= 2 ? fit.synthetic : fit.all, fitNote);
  const targetTable = [
    ["target", "figure", "status", "worst case"],
    ...targets.map((t) => [t.target, t.figure, t.status, t.note]),
  ];
  lines.push("", table(targetTable, 2));
  return { text: lines.join("\n"), targets, fit };
}
