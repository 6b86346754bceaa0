/**
 * A build killed at any moment leaves the previous site whole in --out (or the new one, complete), and the next
 * build removes what the killed one left. The "old" site is the hostile fixture's build, the new one the real
 * data's, both built by tests/setup/global.ts, so a half-swapped or half-written folder equals neither.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HAS_SEEDS, HOSTILE_OUT, ROOT_OUT, SEEDS } from "./setup/global.ts";

/** Every file under `dir` (relative path → SHA-1 of its bytes), sorted: two equal trees print the same. */
function tree(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(dir, p)} ${createHash("sha1").update(readFileSync(p)).digest("hex")}`);
    }
  };
  walk(dir);
  return out.sort().join("\n");
}

const work = mkdtempSync(join(tmpdir(), "yibao-atomic-"));
const out = join(work, "site");
const OLD = tree(HOSTILE_OUT);
const NEW = tree(ROOT_OUT);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Start a build of the real data into `out`; kill it with `signal` after `ms` (never, when ms is null), counted
 * from the moment its staging folder exists when `afterStaging` is set (its signal handlers are in place by then).
 */
function buildKilledAfter(ms: number | null, signal: NodeJS.Signals = "SIGKILL", afterStaging = false) {
  return new Promise<{ code: number | null; stderr: string; ms: number }>((done) => {
    const started = Date.now();
    // As tests/setup built ROOT_OUT: with the source texts when they are present.
    const args = ["scripts/build.ts", "--out", out, ...(HAS_SEEDS ? ["--sources", SEEDS] : [])];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    let timer: NodeJS.Timeout | null = null;
    const arm = () => (timer = ms === null ? null : setTimeout(() => child.kill(signal), ms));
    const staging = join(".build-tmp", String(child.pid));
    const poll: NodeJS.Timeout | null = afterStaging
      ? setInterval(() => {
          if (!existsSync(staging)) return;
          if (poll) clearInterval(poll);
          arm();
        }, 10)
      : null;
    if (!afterStaging) arm();
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      done({ code, stderr, ms: Date.now() - started });
    });
  });
}

const leftovers = () => [
  ...readdirSync(work).filter((n) => n !== "site"),
  ...(existsSync(".build-tmp") ? readdirSync(".build-tmp").map((n) => `.build-tmp/${n}`) : []),
];

describe("an interrupted build", { timeout: 300_000 }, () => {
  it("killed (SIGKILL) at 8 points of its run leaves --out equal to the old or the new site, never a mixture", async () => {
    cpSync(HOSTILE_OUT, out, { recursive: true });
    const full = await buildKilledAfter(null);
    expect(full.code).toBe(0);
    expect(tree(out)).toBe(NEW);
    const seen = { old: 0, new: 0 };
    for (const fraction of [0.05, 0.2, 0.4, 0.6, 0.75, 0.85, 0.92, 0.98]) {
      rmSync(out, { recursive: true, force: true });
      cpSync(HOSTILE_OUT, out, { recursive: true });
      await buildKilledAfter(Math.round(full.ms * fraction));
      const now = tree(out);
      expect([OLD, NEW], `killed at ${Math.round(fraction * 100)} %`).toContain(now);
      if (now === OLD) seen.old++;
      else seen.new++;
    }
    expect(seen.old).toBeGreaterThan(0);
  });

  it("the next build removes what killed builds left and publishes the new site", async () => {
    const run = await buildKilledAfter(null);
    expect(run.code).toBe(0);
    expect(tree(out)).toBe(NEW);
    expect(leftovers()).toEqual([]);
  });

  it("stopped by SIGTERM it exits 1 with one line, leaves the old site and nothing else", async () => {
    rmSync(out, { recursive: true, force: true });
    cpSync(HOSTILE_OUT, out, { recursive: true });
    const run = await buildKilledAfter(300, "SIGTERM", true);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^build: stopped by SIGTERM; .* was not changed$/),
    ]);
    expect(tree(out)).toBe(OLD);
    expect(leftovers()).toEqual([]);
  });

  it("a directory where a CSV should be is one error line naming the file and rule, and --out is untouched", () => {
    const data = mkdtempSync(join(tmpdir(), "yibao-folder-data-"));
    cpSync("data", data, { recursive: true });
    rmSync(join(data, "findings.csv"));
    cpSync(join("tests", "fixtures", "provinces"), join(data, "findings.csv"), { recursive: true });
    const run = spawnSync(process.execPath, ["scripts/build.ts", "--data", data, "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /findings\.csv:1:1: not-a-file: resource "findings" expects findings\.csv to be a CSV file/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(tree(out)).toBe(OLD);
    expect(leftovers()).toEqual([]);
    rmSync(data, { recursive: true, force: true });
  });
});
