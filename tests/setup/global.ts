/**
 * Builds the site once for the whole test run: the real data at the root base, and again under a sub-path
 * (the GitHub Pages case), the hostile fixture at the root base, and the real data plus three provincial units
 * (广东, 广西, 山东: names search must tell apart). Tests read the results from .dist-test/. The root and sub-path
 * builds publish the source texts (`--sources ../shared/seeds`) when that directory exists; the hostile and
 * provinces builds never do (citations there are plain text).
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";

export const ROOT_OUT = resolve(".dist-test/root");
export const SUB_OUT = resolve(".dist-test/sub");
export const SUB_BASE = "/yibao-budgets/";
/** The hostile fixture (script tags, formulas and javascript: URLs in names), built at the root base. */
export const HOSTILE_OUT = resolve(".dist-test/hostile");
export const HOSTILE_DATA = "tests/fixtures/hostile";
/** data/ with the units of tests/fixtures/provinces/units.csv appended (units without reports). */
/** The site URL every test build is published at (a reserved .test host: never resolves, never a placeholder). */
export const TEST_SITE_URL = "https://yibao-budgets.test";
export const PROVINCES_OUT = resolve(".dist-test/provinces");
const PROVINCES_DATA = ".dist-test/provinces-data";
/** The four plain-text reports (not part of this repository): when present, root and sub-path builds publish them. */
export const SEEDS = resolve("../shared/seeds");
export const HAS_SEEDS = existsSync(SEEDS);
const withSources = HAS_SEEDS ? ["--sources", SEEDS] : [];

function build(out: string, env: Record<string, string> = {}, data = "data", extra: string[] = []): void {
  const run = spawnSync(process.execPath, ["scripts/build.ts", "--data", data, "--out", out, ...extra], {
    env: { ...process.env, SITE_URL: TEST_SITE_URL, ...env },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`build failed (${out}):\n${run.stdout}\n${run.stderr}`);
}

export default function setup(): void {
  if (process.env["SKIP_BUILD"] && existsSync(ROOT_OUT) && existsSync(HOSTILE_OUT) && existsSync(PROVINCES_OUT)) return;
  rmSync(".dist-test", { recursive: true, force: true });
  build(ROOT_OUT, {}, "data", withSources);
  build(SUB_OUT, { SITE_BASE: SUB_BASE, SITE_URL: "https://example.github.io" }, "data", withSources);
  build(HOSTILE_OUT, {}, HOSTILE_DATA);
  cpSync("data", PROVINCES_DATA, { recursive: true });
  appendFileSync(`${PROVINCES_DATA}/units.csv`, readFileSync("tests/fixtures/provinces/units.csv"));
  build(PROVINCES_OUT, {}, PROVINCES_DATA);
}
