import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { treeRss } from "./tree-rss.ts";

export interface RunResult {
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

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Where GNU time writes its report (a directory removed with the bench's work, so an interrupt leaves nothing). */
  scratchDir: string;
  /** Wrap the child in GNU time -v for its max RSS and CPU time (see gnuTimeWorks). */
  gnuTime: boolean;
  /** Aborting kills the child's whole process tree (the bench is interrupted). */
  signal?: AbortSignal;
}

const GNU_TIME = "/usr/bin/time";

/** Whether /usr/bin/time is GNU time and writes a -v report here. */
export async function gnuTimeWorks(): Promise<boolean> {
  if (!existsSync(GNU_TIME)) return false;
  const probe = join(tmpdir(), `yibao-bench-time-probe-${process.pid}`);
  const exited = await new Promise<boolean>((done) => {
    const child = spawn(GNU_TIME, ["-v", "-o", probe, "true"], { stdio: "ignore" });
    child.on("error", () => done(false));
    child.on("exit", (code) => done(code === 0));
  });
  const works = exited && existsSync(probe) && readFileSync(probe, "utf8").includes("Maximum resident set size");
  rmSync(probe, { force: true });
  return works;
}

const SIGNALS: Record<number, string> = {
  1: "SIGHUP",
  2: "SIGINT",
  6: "SIGABRT",
  9: "SIGKILL",
  11: "SIGSEGV",
  15: "SIGTERM",
};

/** Max RSS, CPU time and the signal that ended the command, from a GNU time -v report. */
function readTimeReport(report: string): Pick<RunResult, "maxRssBytes" | "cpuSeconds"> & { signal: string | null } {
  const num = (re: RegExp) => {
    const m = re.exec(report);
    return m ? Number(m[1]) : null;
  };
  const rssKb = num(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  // Under GNU time a signal that ended the command shows as exit code 128 + n; the report names it.
  const killedBy = num(/Command terminated by signal (\d+)/);
  return {
    maxRssBytes: rssKb === null ? null : rssKb * 1024,
    cpuSeconds: user === null || sys === null ? null : user + sys,
    signal: killedBy === null ? null : (SIGNALS[killedBy] ?? `signal ${killedBy}`),
  };
}

/**
 * Run `node <args>` as a child process: wall time, peak memory (GNU time's max RSS, and the sum of VmRSS over the
 * child's process tree sampled every 200 ms) and the last 4,000 characters of its output. The child leads its own
 * process group, so a timeout or an abort kills the node process too, not only GNU time around it.
 */
export async function runNode(args: string[], options: RunOptions): Promise<RunResult> {
  const timeFile = join(options.scratchDir, `time-${process.pid}-${Date.now()}`);
  const [cmd, cmdArgs]: [string, string[]] = options.gnuTime
    ? [GNU_TIME, ["-v", "-o", timeFile, process.execPath, ...args]]
    : [process.execPath, args];
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const killTree = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null)
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
  };
  options.signal?.addEventListener("abort", killTree, { once: true });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let treePeak: number | null = null;
  const poll = setInterval(() => {
    const rss = child.pid === undefined ? null : treeRss(child.pid);
    if (rss !== null) treePeak = Math.max(treePeak ?? 0, rss);
  }, 200);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killTree();
  }, options.timeoutMs);
  const [code, exitSignal] = await new Promise<[number | null, string | null]>((done) => {
    child.on("error", (error) => {
      keep(Buffer.from(String(error)));
      done([null, null]);
    });
    child.on("exit", (c, s) => done([c, s]));
  });
  clearInterval(poll);
  clearTimeout(timer);
  options.signal?.removeEventListener("abort", killTree);
  const wallMs = performance.now() - started;
  let time: ReturnType<typeof readTimeReport> = { maxRssBytes: null, cpuSeconds: null, signal: null };
  if (options.gnuTime && existsSync(timeFile)) {
    time = readTimeReport(readFileSync(timeFile, "utf8"));
    rmSync(timeFile, { force: true });
  }
  return {
    ok: code === 0 && !timedOut,
    code,
    signal: time.signal ?? exitSignal,
    wallMs,
    maxRssBytes: time.maxRssBytes,
    treePeakBytes: treePeak,
    cpuSeconds: time.cpuSeconds,
    timedOut,
    outputTail: tail.trim(),
  };
}

/** The higher of the two peak-memory figures; null when neither was measured. */
export const peakBytes = (r: RunResult): number | null =>
  r.maxRssBytes === null && r.treePeakBytes === null ? null : Math.max(r.maxRssBytes ?? 0, r.treePeakBytes ?? 0);

/** Why a run failed, in a few words. */
export function failure(r: RunResult, timeoutMs: number): string {
  if (r.timedOut) return `timed out after ${timeoutMs / 60_000} min`;
  if (/heap out of memory/i.test(r.outputTail)) return "out of memory (JS heap)";
  if (r.signal) return `killed by ${r.signal}`;
  return `exit ${r.code ?? "?"}`;
}

/** The last lines of a failed run's output, without V8's native stack frames, indented. */
export const usefulTail = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim() && !/^\s*\d+: 0x[0-9a-f]+|Native stack trace/.test(l))
    .slice(-8)
    .map((l) => `    ${l}`)
    .join("\n");
