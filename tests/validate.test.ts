/**
 * validateDataDir on tests/fixtures/valid-mini (one unit, one budget document, figures computed by hand) and on
 * copies of it with exactly one corruption each: every test asserts the full, exact list of errors.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import type { ValidationError } from "../src/lib/data/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/valid-mini", import.meta.url));
const DOC = "990100-bureau-2024-budget";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of valid-mini in a temporary directory. */
function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "yibao-validate-"));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replace the single occurrence of `from` in `file` (fails loudly if the fixture no longer has it exactly once). */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected "${from}" exactly once, found ${count}`);
  writeFileSync(path, text.replace(from, to));
}

/** Copy valid-mini and apply edits. */
function corrupt(...edits: [file: string, from: string, to: string][]): string {
  const dir = copyFixture();
  for (const [file, from, to] of edits) edit(dir, file, from, to);
  return dir;
}

/** Errors with the file reduced to its basename, for exact comparison. */
function errorsIn(dir: string): ValidationError[] {
  return validateDataDir(dir).errors.map((e) => ({ ...e, file: basename(e.file) }));
}

const error = (file: string, line: number, column: number, rule: string, message: string) => ({
  file,
  line,
  column,
  rule,
  message: expect.stringContaining(message) as unknown as string,
});

const CLAIM_ROW = `${DOC},C001,10,,total_expenditure,2024,budget,level,593.4,万元,,支出预算593.4万元,`;

describe("validateDataDir on the valid fixture", () => {
  it("validateDataDir(valid-mini) returns no errors, every identity passing, and the data", () => {
    const report = validateDataDir(FIXTURE);
    expect(report.errors).toEqual([]);
    expect(report.checks.length).toBeGreaterThan(0);
    expect(report.checks.filter((c) => c.status !== "pass")).toEqual([]);
    expect(report.data?.units.map((u) => u.unit_id)).toEqual(["990100-bureau"]);
    expect(report.data?.functional).toHaveLength(12);
  });

  it("validateDataDir keeps printed figures as numbers and blank cells as null, not zero", () => {
    const data = validateDataDir(FIXTURE).data;
    const tp = (item: string) => data?.three_public.find((r) => r.item === item)?.amount;
    expect(tp("overseas")).toBeNull();
    expect(tp("vehicle_purchase")).toBe(0);
    expect(tp("total")).toBe(2);
    const income = (item: string) => data?.summary.find((r) => r.side === "income" && r.item === item)?.amount;
    expect(income("government_fund")).toBeNull();
    expect(income("unit_funds")).toBe(0);
    const cls208 = data?.functional.find((r) => r.code === "208");
    expect(cls208?.public).toBeNull();
    expect(cls208?.total).toBe(44.71);
    expect(data?.units[0]?.prefecture_zh).toBe("测试市");
    expect(data?.units[0]?.county_zh).toBeNull();
  });
});

describe("validateDataDir accepts printed forms of valid data", () => {
  it("validateDataDir accepts a UTF-8 BOM at the start of a file and reads the first column by its name", () => {
    const dir = copyFixture();
    for (const file of ["units.csv", "functional.csv"]) {
      const path = join(dir, file);
      writeFileSync(path, "\uFEFF" + readFileSync(path, "utf8"));
    }
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.data?.units[0]?.unit_id).toBe("990100-bureau");
    expect(report.data?.functional[0]?.document_id).toBe(DOC);
  });

  it('validateDataDir accepts full-width digits ("５９３．４０") as 593.4', () => {
    const dir = corrupt(["functional.csv", ",合计,593.40,", ",合计,５９３．４０,"]);
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.data?.functional.find((r) => r.row_kind === "total")?.total).toBe(593.4);
    expect(report.checks.filter((c) => c.status !== "pass")).toEqual([]);
  });

  it('validateDataDir accepts thousands separators ("3,143.81", quoted) as 3143.81', () => {
    // amount_general_budget: the project amount itself is checked against the functional table's 项目支出.
    const dir = corrupt(["projects.csv", ",145.11,145.11,", ',145.11,"3,143.81",']);
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.data?.projects[0]?.amount_general_budget).toBe(3143.81);
    expect(report.data?.projects[0]?.description).toBe("监管, 检查和宣传");
  });

  it("validateDataDir accepts a blank amount as missing (null) and a printed 0 as zero", () => {
    const blank = validateDataDir(corrupt(["projects.csv", ",145.11,145.11,", ",145.11,,"]));
    expect(blank.errors).toEqual([]);
    expect(blank.data?.projects[0]?.amount_general_budget).toBeNull();
    const zero = validateDataDir(corrupt(["projects.csv", ",145.11,145.11,", ",145.11,0,"]));
    expect(zero.errors).toEqual([]);
    expect(zero.data?.projects[0]?.amount_general_budget).toBe(0);
  });
});

describe("validateDataDir reports file-level corruption", () => {
  it("validateDataDir reports a missing file as missing-file at 1:1", () => {
    const dir = copyFixture();
    rmSync(join(dir, "claims.csv"));
    expect(errorsIn(dir)).toEqual([error("claims.csv", 1, 1, "missing-file", 'resource "claims" expects claims.csv')]);
  });

  it("validateDataDir reports an empty file as empty-file at 1:1", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "claims.csv"), "");
    expect(errorsIn(dir)).toEqual([error("claims.csv", 1, 1, "empty-file", "file is empty: expected a header row")]);
  });

  it("validateDataDir reports a file holding only a BOM and a newline as empty-file", () => {
    const dir = copyFixture();
    writeFileSync(join(dir, "findings.csv"), "\uFEFF\n");
    expect(errorsIn(dir)).toEqual([error("findings.csv", 1, 1, "empty-file", "file is empty")]);
  });

  it("validateDataDir reports CRLF line endings as line-endings at 1:1", () => {
    const dir = copyFixture();
    const path = join(dir, "claims.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace(/\n/g, "\r\n"));
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 1, 1, "line-endings", "file contains CR characters: use LF line endings"),
    ]);
  });

  it("validateDataDir reports a missing column as missing-column at 1:1", () => {
    const dir = corrupt(
      ["claims.csv", ",quote,notes\n", ",quote\n"],
      ["claims.csv", "支出预算593.4万元,\n", "支出预算593.4万元\n"],
    );
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 1, 1, "missing-column", 'column "notes" is missing (schema of claims)'),
    ]);
  });

  it("validateDataDir reports an unknown column as unknown-column at its header position", () => {
    const dir = corrupt(
      ["claims.csv", ",quote,notes\n", ",quote,notes,comment\n"],
      ["claims.csv", "支出预算593.4万元,\n", "支出预算593.4万元,,\n"],
    );
    // The header is 103 characters long; ",comment" puts "comment" at column 105.
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 1, 105, "unknown-column", 'column "comment" is not in the schema of claims'),
    ]);
  });

  it("validateDataDir reports a repeated column as duplicate-column", () => {
    const dir = corrupt(
      ["claims.csv", ",quote,notes\n", ",quote,notes,notes\n"],
      ["claims.csv", "支出预算593.4万元,\n", "支出预算593.4万元,,\n"],
    );
    expect(errorsIn(dir)).toEqual([error("claims.csv", 1, 105, "duplicate-column", 'column "notes" appears twice')]);
  });

  it("validateDataDir reports a quoted field that is never closed as unterminated-quote at the opening quote, and reads no cell of that line", () => {
    const dir = corrupt([
      "findings.csv",
      ",T04 title differs from its contents entry.,",
      ',"T04 title differs from its contents entry.,',
    ]);
    // 26 + 4 + 12 + 18 + 14 + 16 + 16 + 12 characters of the first eight fields: the quote is at column 119.
    expect(errorsIn(dir)).toEqual([
      error(
        "findings.csv",
        2,
        119,
        "unterminated-quote",
        'quoted field opened here is not closed on this line (a stray "?)',
      ),
    ]);
  });
});

describe("validateDataDir reports row and cell corruption", () => {
  it("validateDataDir reports a truncated row as row-length at the end of the line", () => {
    const dir = corrupt(["claims.csv", CLAIM_ROW, `${DOC},C001,10,,total_expenditure,2024,budget,level`]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 71, "row-length", "row has 8 fields, header has 13 (truncated row?)"),
    ]);
  });

  it("validateDataDir reports a row with an extra field as row-length at the first extra field", () => {
    const dir = corrupt(["claims.csv", CLAIM_ROW, `${CLAIM_ROW},extra`]);
    expect(errorsIn(dir)).toEqual([error("claims.csv", 2, 95, "row-length", "row has 14 fields, header has 13")]);
  });

  it('validateDataDir reports a non-numeric amount ("145.11万") as type', () => {
    const dir = corrupt(["projects.csv", ",145.11,145.11,", ",145.11万,145.11,"]);
    expect(errorsIn(dir)).toEqual([
      error("projects.csv", 2, 50, "type", 'amount: "145.11万" is not a number (expected an amount in 万元)'),
    ]);
  });

  it('validateDataDir reports a non-integer year ("2024年") as type', () => {
    const dir = corrupt(["claims.csv", ",total_expenditure,2024,", ",total_expenditure,2024年,"]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 54, "type", 'fiscal_year: "2024年" is not a number (expected integer)'),
    ]);
  });

  it('validateDataDir reports a malformed classification code ("210159", 6 digits) as pattern', () => {
    const dir = corrupt(["projects.csv", ",2101599,", ",210159,"]);
    expect(errorsIn(dir)).toEqual([
      error("projects.csv", 2, 64, "pattern", 'functional_code: "210159" does not match ^(\\d{3}|\\d{5}|\\d{7})$'),
    ]);
  });

  it("validateDataDir reports an out-of-range year as range", () => {
    const dir = corrupt(["claims.csv", ",total_expenditure,2024,", ",total_expenditure,1999,"]);
    expect(errorsIn(dir)).toEqual([error("claims.csv", 2, 54, "range", "fiscal_year: 1999 is below 2000")]);
  });

  it("validateDataDir reports a blank required value as required", () => {
    const dir = corrupt(["claims.csv", ",支出预算593.4万元,", ",,"]);
    expect(errorsIn(dir)).toEqual([error("claims.csv", 2, 82, "required", "quote: value is required")]);
  });

  it('validateDataDir reports a value outside its enum ("元") as enum', () => {
    const dir = corrupt(["claims.csv", ",593.4,万元,", ",593.4,元,"]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 78, "enum", 'unit: "元" is not one of 万元, percent, count, score, vehicles, people'),
    ]);
  });

  it('validateDataDir keeps a "|" in the offending value in the message', () => {
    const dir = corrupt(["claims.csv", ",593.4,万元,", ",593.4,万元|元,"]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 78, "enum", 'unit: "万元|元" is not one of 万元, percent, count, score, vehicles, people'),
    ]);
  });

  it("validateDataDir reports leading spaces in text as whitespace", () => {
    const dir = corrupt(["claims.csv", ",total_expenditure,", ", total_expenditure,"]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 36, "whitespace", "subject: value has leading or trailing spaces"),
    ]);
  });

  it.each(["=", "+", "-", "@"])('validateDataDir reports text starting with "%s" as formula', (lead) => {
    const dir = corrupt(["projects.csv", ",医保基金监管经费,", `,${lead}医保基金监管经费,`]);
    expect(errorsIn(dir)).toEqual([
      error("projects.csv", 2, 35, "formula", `name: text starts with "${lead}", which a spreadsheet would execute`),
    ]);
  });

  it("validateDataDir reports text starting with a tab as formula", () => {
    const dir = corrupt(["projects.csv", ",医保基金监管经费,", ",\t医保基金监管经费,"]);
    expect(errorsIn(dir)).toEqual([error("projects.csv", 2, 35, "formula", 'name: text starts with "\\t"')]);
  });

  it("validateDataDir reports a tab inside text as control-character", () => {
    const dir = corrupt(["projects.csv", ",医保基金监管经费,", ",医保基金\t监管经费,"]);
    expect(errorsIn(dir)).toEqual([
      error("projects.csv", 2, 35, "control-character", "name: text contains a tab or carriage return"),
    ]);
  });
});

describe("validateDataDir reports key corruption", () => {
  it("validateDataDir reports a repeated primary key as unique at the second row", () => {
    const dir = corrupt(["claims.csv", `${CLAIM_ROW}\n`, `${CLAIM_ROW}\n${CLAIM_ROW}\n`]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 3, 1, "unique", `duplicate key (document_id, claim_id) = ["${DOC}","C001"]; first at line 2`),
    ]);
  });

  it("validateDataDir reports a document citing an unknown unit as foreign-key", () => {
    const dir = corrupt(["documents.csv", `${DOC},990100-bureau,`, `${DOC},990200-bureau,`]);
    expect(errorsIn(dir)).toEqual([
      error("documents.csv", 2, 27, "foreign-key", "unit_id = 990200-bureau not found in units"),
      // The document id still names 990100-bureau: the id and its unit_id disagree.
      error("documents.csv", 2, 1, "document-id", `document id ${DOC} disagrees with its row (unit_id 990200-bureau`),
    ]);
  });

  it("validateDataDir reports a unit citing an unknown parent unit as foreign-key", () => {
    const dir = corrupt(["units.csv", ",Test City,,,,Fictional", ",Test City,,,990000-bureau,Fictional"]);
    expect(errorsIn(dir)).toEqual([
      error("units.csv", 2, 136, "foreign-key", "parent_id = 990000-bureau not found in units"),
    ]);
  });

  it("validateDataDir reports a row citing an unknown document as foreign-key", () => {
    const dir = corrupt(["claims.csv", CLAIM_ROW, CLAIM_ROW.replace(DOC, "990100-bureau-2023-budget")]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 1, "foreign-key", "document_id = 990100-bureau-2023-budget not found in documents"),
    ]);
  });

  it("validateDataDir reports a figure entered in 元 instead of 万元 (×10000) as money-unit", () => {
    const dir = corrupt(["projects.csv", ",145.11,145.11,", ",1451100,145.11,"]);
    expect(errorsIn(dir)).toEqual([
      error("projects.csv", 2, 50, "money-unit", "amount = 1451100 is 2445× the document total 593.4 万元"),
      // The project list no longer adds up to the functional table's 项目支出 145.11 (its 合计 row, project column).
      error("functional.csv", 2, 77, "identity", "printed 145.11 but parts sum to 1451100"),
    ]);
  });

  it("validateDataDir reports a 项 whose 类 is not in the table as orphan-code", () => {
    const row = `${DOC},T02,42,,item,2129901,2129901,其他城乡社区支出,0.50,,,,,,,,0.50,,,\n`;
    const dir = copyFixture();
    writeFileSync(join(dir, "functional.csv"), readFileSync(join(dir, "functional.csv"), "utf8") + row);
    expect(errorsIn(dir)).toEqual([
      // The added row also breaks the table's row count and lies past its last line (41).
      error("functional.csv", 14, 31, "line-range", "line 42 is outside T02's lines 30–41 (tables.csv)"),
      error("functional.csv", 14, 48, "classification", "2129901 is not in classifications.csv under functional"),
      error("tables.csv", 3, 47, "row-count", `${DOC} T02 has 13 rows in functional.csv but tables.csv counts 12`),
      error("functional.csv", 14, 48, "orphan-code", `2129901 其他城乡社区支出 has no parent 212 in ${DOC} T02`),
    ]);
  });

  it("validateDataDir reports a 项 whose 款 is not in the table (its 类 is) as orphan-code", () => {
    const row = `${DOC},T02,42,,item,2101601,2101601,其他支出,0.50,,,,,,,,0.50,,,\n`;
    const dir = copyFixture();
    writeFileSync(join(dir, "functional.csv"), readFileSync(join(dir, "functional.csv"), "utf8") + row);
    expect(errorsIn(dir)).toEqual([
      // The added row also breaks the table's row count and lies past its last line (41).
      error("functional.csv", 14, 31, "line-range", "line 42 is outside T02's lines 30–41 (tables.csv)"),
      error("functional.csv", 14, 48, "classification", "2101601 is not in classifications.csv under functional"),
      error("tables.csv", 3, 47, "row-count", `${DOC} T02 has 13 rows in functional.csv but tables.csv counts 12`),
      error("functional.csv", 14, 48, "orphan-code", `2101601 其他支出 has no parent 21016 in ${DOC} T02`),
    ]);
  });
});

describe("validateDataDir reports every error, not just the first", () => {
  it("validateDataDir with two corruptions in two files returns both errors", () => {
    const dir = corrupt(["projects.csv", ",145.11,145.11,", ",145.11万,145.11,"], ["claims.csv", ",万元,", ",元,"]);
    const report = validateDataDir(dir);
    expect(report.errors.map((e) => ({ ...e, file: basename(e.file) }))).toEqual([
      error("projects.csv", 2, 50, "type", 'amount: "145.11万" is not a number'),
      error("claims.csv", 2, 78, "enum", 'unit: "元" is not one of'),
    ]);
    expect(report.data).toBeNull();
  });

  it("validateDataDir with two bad cells in one row returns an error for each cell", () => {
    const dir = corrupt(["claims.csv", ",level,593.4,万元,", ",levels,593.4,元,"]);
    expect(errorsIn(dir)).toEqual([
      error("claims.csv", 2, 66, "enum", 'kind: "levels" is not one of'),
      error("claims.csv", 2, 79, "enum", 'unit: "元" is not one of'),
    ]);
  });

  it("validateDataDir returns data: null whenever there is any error", () => {
    const dir = corrupt(["claims.csv", ",万元,", ",元,"]);
    expect(validateDataDir(dir).data).toBeNull();
  });
});

describe("the command-line tools", () => {
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });

  it("node scripts/validate.ts --data valid-mini exits 0 and reports 0 errors", () => {
    const result = run("scripts/validate.ts", "--data", FIXTURE);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/identities: \d+ pass, 0 rounding, 0 fail in the source .*; 0 errors/);
    expect(result.status).toBe(0);
  });

  it("node scripts/validate.ts --data <corrupt dir> exits 1 and prints file:line:column: rule: lines", () => {
    const dir = corrupt(["projects.csv", ",145.11,145.11,", ",145.11万,145.11,"], ["claims.csv", ",万元,", ",元,"]);
    const result = run("scripts/validate.ts", "--data", dir);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^\S+\.csv:\d+:\d+: [a-z-]+: /);
    expect(lines[0]).toMatch(/projects\.csv:2:50: type: amount: "145\.11万" is not a number/);
    expect(lines[1]).toMatch(/claims\.csv:2:78: enum: unit: "元" is not one of/);
    expect(result.stdout).toMatch(/; 2 errors\nfigures in no check: \d+.*\n$/);
  });

  it("node scripts/build.ts --data <corrupt dir> exits non-zero and writes no output directory", () => {
    const dir = corrupt(["claims.csv", ",万元,", ",元,"]);
    const out = join(dir, "out");
    const result = run("scripts/build.ts", "--data", dir, "--out", out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/claims\.csv:2:78: enum: /);
    expect(result.stderr).toContain("nothing was written");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith("out"))).toEqual([]);
  });
});
