/**
 * node scripts/bench/generate.ts --units 100 --years 5 --seed 1 --out /tmp/x [--end-year 2024]
 *
 * Writes a synthetic data set in data/'s layout (scripts/bench/generate/index.ts says what is in it) and prints
 * the rows written per CSV.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, type GenerateOptions } from "./generate/index.ts";

function parseArgs(argv: string[]): GenerateOptions {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number) => {
    const v = opt(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n)) throw new Error(`${name} expects an integer, got "${v}"`);
    return n;
  };
  const out = opt("--out");
  if (!out)
    throw new Error("usage: node scripts/bench/generate.ts --units N --years Y --seed S --out DIR [--end-year 2024]");
  return {
    units: num("--units", 100),
    years: num("--years", 5),
    seed: num("--seed", 1),
    dir: out,
    endYear: num("--end-year", 2024),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = performance.now();
    const result = generate(parseArgs(process.argv.slice(2)));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `generate: ${result.units} units, ${result.documents} documents, ${(result.bytes / 2 ** 20).toFixed(1)} MiB in ${seconds} s → ${result.dir}`,
    );
    for (const [name, n] of Object.entries(result.rows))
      console.log(`  ${name.padEnd(13)} ${String(n).padStart(10)} rows`);
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
