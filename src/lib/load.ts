import { resolve } from "node:path";
import type { CheckStore } from "./check-store.ts";
import type { Dataset } from "./model.ts";
import type { CheckResult } from "./validate/types.ts";
import { validateDataDir, type CheckCounts } from "./validate/index.ts";
import { formatError } from "./validate/types.ts";

export interface Loaded {
  dir: string;
  data: Dataset;
  /** Every check, or (when `store` holds them all) only those that do not pass. */
  checks: CheckResult[];
  counts: Map<string, CheckCounts>;
  /** All checks on disk, per document (the build's national-scale path); null when `checks` has them all. */
  store: CheckStore | null;
}

/** How scripts/build.ts hands its validated data to the pages in the same process: validated once, not twice. */
const HANDOFF = Symbol.for("yibao-budgets.loaded");
type WithHandoff = typeof globalThis & { [HANDOFF]?: Loaded };

export function handOff(loaded: Loaded): void {
  (globalThis as WithHandoff)[HANDOFF] = loaded;
}

let cached: Loaded | null = null;

/** The one entry point from pages to data: validated, typed, loaded once per build. */
export function loadData(): Loaded {
  if (cached) return cached;
  const dir = resolve(process.env["YIBAO_DATA_DIR"] ?? "data");
  const handed = (globalThis as WithHandoff)[HANDOFF];
  if (handed && resolve(handed.dir) === dir) {
    cached = handed;
    return cached;
  }
  const report = validateDataDir(dir);
  if (!report.data) throw new Error(`invalid data in ${dir}:\n${report.errors.map(formatError).join("\n")}`);
  cached = { dir, data: report.data, checks: report.checks, counts: report.counts, store: null };
  return cached;
}
