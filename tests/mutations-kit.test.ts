/** The mutation suite's own machinery: if it mis-edits a cell or misjudges an outcome, every count it prints is wrong. */
import { describe, expect, it } from "vitest";
import { fieldColumn } from "../src/lib/data/csv.ts";
import { withField } from "./mutations/corpus.ts";
import { byteLocation, encodeGbk, firstInvalidUtf8 } from "./mutations/gbk.ts";
import { harmless, refuse, type Mutation } from "./mutations/kind.ts";
import { rng } from "./mutations/prng.ts";
import { classify } from "./mutations/runner.ts";

describe("withField(raw, width, index, field)", () => {
  const raw = 'a,"b,c",,d';
  it.each([
    [0, "X", 'X,"b,c",,d'],
    [1, "X", "a,X,,d"],
    [2, "X", 'a,"b,c",X,d'],
    [3, "X", 'a,"b,c",,X'],
  ])("replaces field %i only, quoted fields included", (index, field, expected) => {
    expect(withField(raw, 4, index, field)).toBe(expected);
  });
  it("replaces a blank last field", () => {
    expect(withField("a,b,", 3, 2, "X")).toBe("a,b,X");
    expect(fieldColumn("a,b,X", 2)).toBe(5);
  });
});

describe("rng(seed)", () => {
  it("repeats its sequence for the same seed and differs for another", () => {
    const draw = (seed: number) => {
      const random = rng(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});

describe("encodeGbk(text) and firstInvalidUtf8(bytes)", () => {
  it("encodes Chinese text that TextDecoder('gbk') reads back", () => {
    expect(new TextDecoder("gbk").decode(encodeGbk("合计,医疗保障局"))).toBe("合计,医疗保障局");
  });
  it("finds the first byte that is not UTF-8, and its line and column", () => {
    const bytes = Uint8Array.from([...Buffer.from("ab\n合x"), 0xff, 0x41]);
    expect(firstInvalidUtf8(bytes)).toBe(7);
    expect(byteLocation(bytes, 7)).toEqual({ line: 2, column: 3 });
    expect(firstInvalidUtf8(Buffer.from("合计"))).toBe(-1);
  });
});

describe("classify(mutation, errors)", () => {
  const m = (expect: Mutation["expect"]): Mutation => ({ kind: "k", what: "w", files: {}, expect });
  const e = (line: number, column: number, rule: string) => ({ file: "f.csv", line, column, rule, message: "" });
  const wanted = m(refuse("f.csv", 3, 7, "type"));
  it.each([
    [[e(3, 7, "type")], "refused-correctly"],
    [[e(2, 1, "identity"), e(3, 7, "type")], "refused-correctly"],
    [[e(3, 7, "range")], "refused-other-rule"],
    [[e(3, 8, "type")], "refused-elsewhere"],
    [[], "accepted-silently"],
  ])("judges %j as %s", (errors, outcome) => {
    expect(classify(wanted, errors)).toBe(outcome);
  });
  it("judges a harmless mutation by its errors and by whether it reads as the same data", () => {
    expect(classify(m(harmless("BOM")), [])).toBe("accepted-harmless");
    expect(classify(m(harmless("BOM")), [e(1, 1, "type")])).toBe("refused-harmless");
    expect(classify(m(harmless("BOM")), [], false)).toBe("harmless-misread");
  });
});
