import type { Corpus } from "./corpus.ts";
import type { Rng } from "./prng.ts";

/** A place an error may be reported: a data file (name as in data/), CSV line and column (undefined: any column). */
export interface Loc {
  file: string;
  line: number;
  column?: number;
}

/** One acceptable refusal: the rule and the places where it points at the corruption. */
export interface Refusal {
  rule: string;
  at: Loc[];
}

export type Expectation = { refuse: Refusal[] } | { harmless: string };

/** One corrupted copy of data/: the files it rewrites (name → new content) and what the validator must do. */
export interface Mutation {
  kind: string;
  /** What was changed, for failure messages ("functional.csv:12 total 214.04 → 314.04"). */
  what: string;
  files: Record<string, string | Uint8Array>;
  expect: Expectation;
}

/**
 * A kind of corruption: picks a target from the real data and mutates it. `make` returns null when the target it
 * drew does not suit (the runner draws again).
 */
export interface MutationKind {
  name: string;
  count: number;
  make(corpus: Corpus, rng: Rng): Mutation | null;
}

/** Refused with `rule` at exactly file:line:column. */
export const refuse = (file: string, line: number, column: number, rule: string): Expectation => ({
  refuse: [{ rule, at: [{ file, line, column }] }],
});

export const harmless = (reason: string): Expectation => ({ harmless: reason });
