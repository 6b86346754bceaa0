/** Corruptions of one printed figure: a digit, a cent, a blank, a swap. */
import {
  amountFields,
  cell,
  columnOf,
  file,
  singleRows,
  withCell,
  withLine,
  withField,
  quoted,
  columnIndex,
} from "./corpus.ts";
import type { Corpus, CsvFile, Row } from "./corpus.ts";
import { harmless, type Expectation, type MutationKind } from "./kind.ts";
import type { Rng } from "./prng.ts";
import { brokenIdentity, sameTable } from "./where.ts";

export const FACT_FILES = [
  "functional.csv",
  "economic.csv",
  "summary.csv",
  "three_public.csv",
  "projects.csv",
] as const;

const moneyOf = (f: CsvFile) => (f.name === "claims.csv" ? ["amount"] : amountFields(f));

/** A random non-zero figure of a file: its row and column. */
export function pickAmount(
  c: Corpus,
  name: string,
  random: Rng,
): { f: CsvFile; row: Row; field: string; value: string } | null {
  const f = file(c, name);
  const row = random.pick(singleRows(f));
  const field = random.pick(moneyOf(f));
  const value = cell(f, row, field);
  return /^\d+(\.\d+)?$/.test(value) && Number(value) > 0 ? { f, row, field, value } : null;
}

const otherDigit = (d: string, random: Rng, from = 0) => {
  const digits = "0123456789".slice(from).replace(d, "");
  return digits[random.int(digits.length)] as string;
};

/** Change the leading or last digit of a figure in `name`. */
function digitKind(name: string, which: "leading" | "last", count: number): MutationKind {
  return {
    name: `digit-${which}:${name}`,
    count,
    make: (c, random) => {
      const p = pickAmount(c, name, random);
      if (!p) return null;
      const i = which === "leading" ? 0 : p.value.length - 1;
      const changed =
        p.value.slice(0, i) + otherDigit(p.value[i] as string, random, i === 0 ? 1 : 0) + p.value.slice(i + 1);
      return {
        kind: `digit-${which}:${name}`,
        what: `${name}:${p.row.line} ${p.field} ${p.value} → ${changed}`,
        files: { [name]: withCell(p.f, p.row, p.field, changed) },
        // A claim's amount is compared with the number printed in its own quote (claim-quote, at the amount).
        expect: {
          refuse:
            name === "claims.csv"
              ? [{ rule: "claim-quote", at: [{ file: name, line: p.row.line, column: columnOf(p.f, p.row, p.field) }] }]
              : brokenIdentity(c, p.f, p.row, p.field),
        },
      };
    },
  };
}

export const digitKinds: MutationKind[] = [...FACT_FILES, "claims.csv"].flatMap((name) => [
  digitKind(name, "leading", 8),
  digitKind(name, "last", 8),
]);

/** ±0.01 on a figure of functional or economic: within the 尾差 tolerance unless the sum was already at its edge. */
export const centKind: MutationKind = {
  name: "amount-plus-minus-cent",
  count: 12,
  make: (c, random) => {
    const p = pickAmount(c, random.pick(["functional.csv", "economic.csv"]), random);
    if (!p || !p.value.includes(".")) return null;
    const decimals = p.value.split(".")[1]?.length ?? 0;
    const changed = (Number(p.value) + (random.int(2) ? 0.01 : -0.01)).toFixed(decimals);
    if (Number(changed) <= 0) return null;
    return {
      kind: "amount-plus-minus-cent",
      what: `${p.f.name}:${p.row.line} ${p.field} ${p.value} → ${changed}`,
      files: { [p.f.name]: withCell(p.f, p.row, p.field, changed) },
      expect: { refuse: brokenIdentity(c, p.f, p.row, p.field) },
    };
  },
};

/** Blank a printed figure (blank = missing, which breaks the sum it is part of). */
export const blankKind: MutationKind = {
  name: "amount-blank",
  count: 12,
  make: (c, random) => {
    const p = pickAmount(c, random.pick(["functional.csv", "economic.csv", "summary.csv", "three_public.csv"]), random);
    if (!p) return null;
    return {
      kind: "amount-blank",
      what: `${p.f.name}:${p.row.line} ${p.field} ${p.value} → blank`,
      files: { [p.f.name]: withCell(p.f, p.row, p.field, "") },
      expect: { refuse: brokenIdentity(c, p.f, p.row, p.field) },
    };
  },
};

/** Swap the figure of a table's total row with that of another row of the same table (same column). */
export const swapKind: MutationKind = {
  name: "amounts-swap-rows",
  count: 12,
  make: (c, random) => {
    const f = file(c, random.pick(["functional.csv", "economic.csv"]));
    const totals = singleRows(f).filter((r) => cell(f, r, "row_kind") === "total");
    const total = random.pick(totals);
    const field = random.pick(["total", "personnel", "public"].filter((x) => f.header.includes(x)));
    const other = random.pick(sameTable(f, total).filter((r) => r !== total));
    const [a, b] = [cell(f, total, field), cell(f, other, field)];
    if (a === b || !a || !b) return null;
    const i = columnIndex(f, field);
    const w = f.header.length;
    const text = withLine(
      { ...f, lines: withLine(f, total.line, withField(total.raw, w, i, quoted(b))).split("\n") },
      other.line,
      withField(other.raw, w, i, quoted(a)),
    );
    return {
      kind: "amounts-swap-rows",
      what: `${f.name}:${total.line}↔${other.line} ${field} ${a} ↔ ${b}`,
      files: { [f.name]: text },
      expect: { refuse: brokenIdentity(c, f, total, field) },
    };
  },
};

/** One figure written three ways a printed report may show it: the reader accepts them as the same number. */
function harmlessNumber(
  name: string,
  count: number,
  reason: string,
  rewrite: (value: string) => string | null,
): MutationKind {
  return {
    name,
    count,
    make: (c, random) => {
      const p = pickAmount(c, random.pick(FACT_FILES), random);
      const changed = p && rewrite(p.value);
      if (!p || !changed) return null;
      const expect: Expectation = harmless(reason);
      return {
        kind: name,
        what: `${p.f.name}:${p.row.line} ${p.field} ${p.value} → ${changed}`,
        files: { [p.f.name]: withCell(p.f, p.row, p.field, changed) },
        expect,
      };
    },
  };
}

export const harmlessNumberKinds: MutationKind[] = [
  harmlessNumber("full-width-digits", 12, "the reader maps full-width digits and point to ASCII (STYLE.md)", (v) =>
    v.replace(/[0-9.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  ),
  harmlessNumber("thousands-separators", 10, "the reader strips thousands separators (STYLE.md)", (v) =>
    Number(v) >= 1000 ? v.replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ",")) : null,
  ),
];
