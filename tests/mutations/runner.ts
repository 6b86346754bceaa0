/**
 * Runs mutations in process: data/ is copied once to a temporary directory; each mutation writes its files there,
 * is validated, and the originals are written back.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { validateDataDir } from "../../src/lib/data/validate.ts";
import type { ValidationError } from "../../src/lib/data/types.ts";
import type { Loc, Mutation, MutationKind } from "./kind.ts";
import type { Corpus } from "./corpus.ts";
import { rng } from "./prng.ts";

export type Outcome =
  | "refused-correctly"
  | "refused-elsewhere"
  | "refused-other-rule"
  | "crashed"
  | "accepted-silently"
  | "accepted-harmless"
  | "refused-harmless"
  | "harmless-misread";

export const OUTCOMES: readonly Outcome[] = [
  "refused-correctly",
  "refused-other-rule",
  "refused-elsewhere",
  "crashed",
  "accepted-silently",
  "accepted-harmless",
  "refused-harmless",
  "harmless-misread",
];

export interface Result {
  mutation: Mutation;
  outcome: Outcome;
  /** The validator's errors (file reduced to its name in data/), or the exception's message. */
  errors: ValidationError[];
  crash?: string;
}

const at = (e: ValidationError, l: Loc) =>
  e.file === l.file && e.line === l.line && (l.column ?? e.column) === e.column;

/**
 * How the validator's errors compare with what the mutation expects. A harmless mutation must also be read as the
 * same data (`sameData`: the parsed values equal those of the unchanged files).
 */
export function classify(mutation: Mutation, errors: ValidationError[], sameData = true): Outcome {
  const { expect } = mutation;
  if ("harmless" in expect)
    return errors.length ? "refused-harmless" : sameData ? "accepted-harmless" : "harmless-misread";
  if (!errors.length) return "accepted-silently";
  const refusals = expect.refuse;
  if (errors.some((e) => refusals.some((r) => r.rule === e.rule && r.at.some((l) => at(e, l)))))
    return "refused-correctly";
  if (errors.some((e) => refusals.some((r) => r.at.some((l) => at(e, l))))) return "refused-other-rule";
  return "refused-elsewhere";
}

/** FNV-1a hash of a kind's name: each kind draws from its own sequence, so adding a kind changes no other's. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Draw each kind's mutations (`count` distinct ones, or fewer if the data has no more) from a seeded generator. */
export function drawMutations(corpus: Corpus, kinds: readonly MutationKind[], seed: number): Mutation[] {
  const out: Mutation[] = [];
  kinds.forEach((kind) => {
    const random = rng(seed ^ hash(kind.name));
    const seen = new Set<string>();
    for (let tries = 0, made = 0; made < kind.count && tries < kind.count * 20; tries++) {
      const m = kind.make(corpus, random);
      if (!m || seen.has(m.what)) continue;
      seen.add(m.what);
      out.push(m);
      made++;
    }
  });
  return out;
}

/** Validate every mutation against a scratch copy of `dataDir`. */
export function runMutations(dataDir: string, mutations: readonly Mutation[]): Result[] {
  const dir = mkdtempSync(join(tmpdir(), "yibao-mutations-"));
  try {
    cpSync(dataDir, dir, { recursive: true });
    const baseline = JSON.stringify(validateDataDir(dir).data);
    return mutations.map((mutation) => {
      const names = Object.keys(mutation.files);
      const originals = names.map((n) => readFileSync(join(dir, n)));
      for (const n of names) writeFileSync(join(dir, n), mutation.files[n] as string | Uint8Array);
      try {
        const report = validateDataDir(dir);
        const errors = report.errors.map((e) => ({ ...e, file: basename(e.file) }));
        const sameData = !("harmless" in mutation.expect) || JSON.stringify(report.data) === baseline;
        return { mutation, outcome: classify(mutation, errors, sameData), errors };
      } catch (e) {
        return { mutation, outcome: "crashed" as const, errors: [], crash: String((e as Error).stack ?? e) };
      } finally {
        names.forEach((n, i) => writeFileSync(join(dir, n), originals[i] as Buffer));
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
