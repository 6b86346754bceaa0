import { resolve } from "node:path";
import type { Dataset } from "./model.ts";
import type { CheckResult } from "./validate/types.ts";
import { validateDataDir } from "./validate/index.ts";
import { formatError } from "./validate/types.ts";

export interface Loaded {
  data: Dataset;
  checks: CheckResult[];
}

let cached: Loaded | null = null;

/** The one entry point from pages to data: validated, typed, loaded once per build. */
export function loadData(): Loaded {
  if (cached) return cached;
  const dir = process.env["YIBAO_DATA_DIR"] ?? resolve("data");
  const report = validateDataDir(dir);
  if (!report.data) throw new Error(`invalid data in ${dir}:\n${report.errors.map(formatError).join("\n")}`);
  cached = { data: report.data, checks: report.checks };
  return cached;
}
