/**
 * A claim's amount is transcribed from its own quote, so the two are compared: a slip in either is an error at the
 * amount's cell. Quotes come from PDF text, which sometimes breaks a number after its point ("214. 04").
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { numbersIn } from "../src/lib/data/claim-quotes.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { corruptMini } from "./helpers/data-copy.ts";

/** valid-mini with one line of claims.csv replaced. */
const withClaim = (from: string, to: string) => corruptMini(["claims.csv", from, to]);
const errors = (dir: string) => validateDataDir(dir).errors.map((e) => ({ ...e, file: basename(e.file) }));

describe("numbersIn(quote)", () => {
  it.each([
    ["财政拨款收入 214. 04 万元", [214.04]],
    ["支出预算593.4万元，比上年减少5.2万元", [593.4, 5.2]],
    ["合计 3,143.81 万元", [3143.81]],
    ["全年１２.５％", [12.5]],
    ["没有数字", []],
  ])("numbersIn(%j) returns %j", (quote, expected) => {
    expect(numbersIn(quote)).toEqual(expected);
  });
});

describe("validateDataDir: claim-quote", () => {
  it("accepts valid-mini, whose claim 593.4 is printed in its quote", () => {
    expect(errors("tests/fixtures/valid-mini")).toEqual([]);
  });

  it("reports an amount its quote does not print, at the amount's cell", () => {
    const dir = withClaim(",level,593.4,万元,,支出预算593.4万元,", ",level,593.5,万元,,支出预算593.4万元,");
    expect(errors(dir)).toEqual([
      {
        file: "claims.csv",
        line: 2,
        column: 72,
        rule: "claim-quote",
        message: 'amount 593.5 is not a number printed in its quote "支出预算593.4万元"',
      },
    ]);
  });

  it("reports a changed digit in the quote the same way", () => {
    const dir = withClaim("支出预算593.4万元,", "支出预算598.4万元,");
    expect(errors(dir).map((e) => `${e.file}:${e.line}:${e.rule}`)).toEqual(["claims.csv:2:claim-quote"]);
  });
});
