/**
 * Accounting identities: tolerance and evaluation in isolation, then on tests/fixtures/valid-mini and on copies of it
 * with one figure changed, with and without a finding in findings.csv that records the failure.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Wan } from "../src/lib/data/model.ts";
import { evaluate, tolerance } from "../src/lib/data/identities/index.ts";
import { corruptMini } from "./helpers/data-copy.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import type { CheckResult, ValidationError } from "../src/lib/data/types.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/valid-mini", import.meta.url));
const DOC = "990100-bureau-2024-budget";

const errorsOf = (errors: ValidationError[]) => errors.map((e) => ({ ...e, file: basename(e.file) }));
const error = (file: string, line: number, column: number, rule: string, message: string) => ({
  file,
  line,
  column,
  rule,
  message: expect.stringContaining(message) as unknown as string,
});
const check = (checks: CheckResult[], key: string) => checks.find((c) => c.key === `${DOC}/${key}`);

/** findings.csv's only row, with `checks` set. */
const F01 = `${DOC},F01,label_error,T04 line 50 title,财政拨款“三公”经费支出表,contents line 5,一般公共预算“三公”经费支出表,表4标题与目录不一致。,T04 title differs from its contents entry.,Use the table's own title,采用表格自身的标题,`;
/** F01's row as the fixture has it (no checks, no check_values), and with `checks` and `check_values` filled in. */
const F01_ROW = `${F01},\n`;
const F01With = (checks: string, values: string) => `${F01}${checks},${values}\n`;
const F02 = (checks: string, values: string) =>
  `${DOC},F02,sum_mismatch,T03 line 43,363.92,T03 lines 44-45,364.02,工资福利支出与其明细之和不符。,301 does not equal the sum of its items.,Keep the printed figures,保留所印数字,${checks},${values}\n`;
/** What ITEM_30101 makes of class 301: printed 363.92, its items sum to 364.02 (303.73 + 60.29). */
const PINNED_301 = "363.92/364.02";
/** The economic item 30101 (under class 301) raised by 0.10 in both its total and personnel columns. */
const ITEM_30101 = ["economic.csv", ",30101,基本工资,,,303.63,303.63,", ",30101,基本工资,,,303.73,303.73,"] as [
  string,
  string,
  string,
];

describe("tolerance", () => {
  it.each([
    [1, 0.01],
    [2, 0.015],
    [3, 0.02],
    [10, 0.055],
  ])("tolerance(%i) is half a cent per summed cell plus the total: %d", (cells, tol) => {
    expect(tolerance(cells)).toBe(tol);
  });
});

describe("evaluate", () => {
  const wan = (...values: (number | null)[]) => values as Wan[];
  const identity = (expected: number | null, parts: (number | null)[]) => ({
    document_id: DOC,
    table_id: "T02",
    rule: "class-sum",
    subject: "208",
    column: "total",
    line: 31,
    expected: expected as Wan,
    parts: wan(...parts),
    cells: [],
  });

  it("evaluate(expected = Σ parts exactly) is pass, keyed document/table/rule/subject/column", () => {
    expect(evaluate(identity(44.71, [0.34, 44.37]))).toEqual({
      key: `${DOC}/T02/class-sum/208/total`,
      document_id: DOC,
      table_id: "T02",
      rule: "class-sum",
      subject: "208",
      column: "total",
      line: 31,
      expected: 44.71,
      actual: 44.71,
      cells: 2,
      tolerance: 0.015,
      status: "pass",
      finding_id: null,
    });
  });

  it("evaluate ignores floating-point noise (0.1 + 0.2 = 0.3 passes)", () => {
    expect(evaluate(identity(0.3, [0.1, 0.2]))?.status).toBe("pass");
  });

  it("evaluate accepts a 0.01 difference over two cells (tolerance 0.015) as rounding", () => {
    const result = evaluate(identity(2.01, [1.8, 0.2]));
    expect(result).toMatchObject({ status: "rounding", expected: 2.01, actual: 2, cells: 2, tolerance: 0.015 });
  });

  it("evaluate rejects a 0.02 difference over two cells (tolerance 0.015) as fail", () => {
    expect(evaluate(identity(2.02, [1.8, 0.2]))?.status).toBe("fail");
  });

  it("evaluate does not count blank parts as cells", () => {
    expect(evaluate(identity(2, [null, 1.8, null, 0.2]))).toMatchObject({ status: "pass", cells: 2 });
  });

  it("evaluate returns null (no check) when the total and every part are blank", () => {
    expect(evaluate(identity(null, [null, null]))).toBeNull();
  });

  it("evaluate returns null when the total is blank and the parts are printed zeros", () => {
    expect(evaluate(identity(null, [0, null]))).toBeNull();
  });

  it("evaluate treats a blank total with non-zero parts as 0 and fails", () => {
    expect(evaluate(identity(null, [1.5]))).toMatchObject({ expected: 0, actual: 1.5, status: "fail" });
  });

  it("evaluate of a printed total with all parts blank fails (parts sum to 0 over 1 cell)", () => {
    expect(evaluate(identity(3, [null, null]))).toMatchObject({ actual: 0, cells: 1, status: "fail" });
  });
});

describe("identities of valid-mini", () => {
  const report = validateDataDir(FIXTURE);

  it("validateDataDir(valid-mini) evaluates every kind of identity, and all pass", () => {
    expect(new Set(report.checks.map((c) => c.rule))).toEqual(
      new Set([
        "row-split",
        "class-sum",
        "section-sum",
        "total-sum",
        "income-sum",
        "expenditure-sum",
        "balance",
        "grand-total",
        "three-public-sum",
        "vehicle-sum",
        "basic-vs-economic",
        "revenue-vs-expenditure",
        "projects-vs-functional",
      ]),
    );
    expect(report.checks.every((c) => c.status === "pass" && c.finding_id === null)).toBe(true);
  });

  it("validateDataDir(valid-mini) checks each 类 against its 款, each 款 against its 项, and the total against the 类", () => {
    expect(check(report.checks, "T02/class-sum/210/total")).toMatchObject({ expected: 488.4, actual: 488.4, cells: 1 });
    expect(check(report.checks, "T02/section-sum/21015/project")).toMatchObject({ expected: 145.11, cells: 1 });
    expect(check(report.checks, "T02/section-sum/20805/total")).toMatchObject({ expected: 44.71, cells: 2 });
    expect(check(report.checks, "T02/total-sum/total/total")).toMatchObject({ expected: 593.4, cells: 3 });
    expect(check(report.checks, "T02/total-sum/total/public")).toMatchObject({ expected: 24, cells: 1 });
  });

  it("validateDataDir(valid-mini) skips a column that is blank in the 类 and all its parts (no check for 208 public)", () => {
    expect(check(report.checks, "T02/class-sum/208/public")).toBeUndefined();
  });

  it("validateDataDir(valid-mini) checks row splits, three-public sums and cross-table totals", () => {
    expect(check(report.checks, "T02/row-split/L30/total")).toMatchObject({ expected: 593.4, cells: 2 });
    expect(check(report.checks, "T02/row-split/L30/basic")).toMatchObject({ expected: 448.29, cells: 2 });
    expect(check(report.checks, "T03/row-split/L42/total")).toMatchObject({ expected: 448.29, cells: 2 });
    expect(check(report.checks, "T04/three-public-sum/total:budget/amount")).toMatchObject({ expected: 2, cells: 2 });
    expect(check(report.checks, "T04/vehicle-sum/vehicle:budget/amount")).toMatchObject({ expected: 1.8, cells: 2 });
    expect(check(report.checks, "T02/basic-vs-economic/T03/basic")).toMatchObject({ expected: 448.29, actual: 448.29 });
    expect(check(report.checks, "T02/revenue-vs-expenditure/T01/total")).toMatchObject({ expected: 593.4 });
    expect(check(report.checks, "T01/income-sum/L24/amount")).toMatchObject({ expected: 593.4, cells: 2 });
    expect(check(report.checks, "T01/expenditure-sum/L24/amount")).toMatchObject({ expected: 593.4, cells: 3 });
    expect(check(report.checks, "T01/balance/L25/amount")).toMatchObject({ expected: 593.4, cells: 1 });
  });
});

describe("a failing identity must be recorded by a finding", () => {
  it("validateDataDir reports an item change that breaks its 类's sum as identity errors at the 类's cells", () => {
    const dir = corruptMini(ITEM_30101);
    const report = validateDataDir(dir);
    expect(errorsOf(report.errors)).toEqual([
      error(
        "economic.csv",
        3,
        59,
        "identity",
        `${DOC}/T03/class-sum/301/total: printed 363.92 but parts sum to 364.02 (2 cells, tolerance 0.015) and no finding records it`,
      ),
      error(
        "economic.csv",
        3,
        66,
        "identity",
        `${DOC}/T03/class-sum/301/personnel: printed 363.92 but parts sum to 364.02`,
      ),
    ]);
    expect(report.data).toBeNull();
  });

  it("validateDataDir reports a functional 项 change that breaks its 款's sum in every affected column", () => {
    const dir = corruptMini([
      "functional.csv",
      ",2080501,行政单位离退休,0.34,0.34,0.34,",
      ",2080501,行政单位离退休,0.44,0.44,0.44,",
    ]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "functional.csv",
        4,
        66,
        "identity",
        `${DOC}/T02/section-sum/20805/total: printed 44.71 but parts sum to 44.81`,
      ),
      error(
        "functional.csv",
        4,
        72,
        "identity",
        `${DOC}/T02/section-sum/20805/basic: printed 44.71 but parts sum to 44.81`,
      ),
      error("functional.csv", 4, 78, "identity", `${DOC}/T02/section-sum/20805/personnel: printed 44.71`),
    ]);
  });

  it("validateDataDir accepts the failing identity when a finding lists its exact check keys, and links the finding", () => {
    const keys = `${DOC}/T03/class-sum/301/total;${DOC}/T03/class-sum/301/personnel`;
    const dir = corruptMini(ITEM_30101, [
      "findings.csv",
      F01_ROW,
      `${F01_ROW}${F02(keys, `${PINNED_301};${PINNED_301}`)}`,
    ]);
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.data).not.toBeNull();
    expect(check(report.checks, "T03/class-sum/301/total")).toMatchObject({ status: "fail", finding_id: "F02" });
    expect(check(report.checks, "T03/class-sum/301/personnel")).toMatchObject({ status: "fail", finding_id: "F02" });
  });

  it('validateDataDir refuses a finding key with "*" as finding-wildcard; the checks it would match stay identity errors', () => {
    const key = `${DOC}/T03/class-sum/301/*`;
    const dir = corruptMini(ITEM_30101, ["findings.csv", F01_ROW, `${F01_ROW}${F02(key, PINNED_301)}`]);
    const column = F02(key, PINNED_301).indexOf(key) + 1;
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("findings.csv", 3, column, "finding-wildcard", `F02 names check "${key}": wildcards are not allowed`),
      error(
        "economic.csv",
        3,
        59,
        "identity",
        `${DOC}/T03/class-sum/301/total: printed 363.92 but parts sum to 364.02`,
      ),
      error("economic.csv", 3, 66, "identity", `${DOC}/T03/class-sum/301/personnel: printed 363.92`),
    ]);
  });

  it("validateDataDir refuses a finding once the data no longer shows the values it recorded, as finding-values at the fact", () => {
    const keys = `${DOC}/T03/class-sum/301/total;${DOC}/T03/class-sum/301/personnel`;
    const dir = corruptMini(
      ["economic.csv", ",30101,基本工资,,,303.63,303.63,", ",30101,基本工资,,,303.83,303.83,"],
      ["findings.csv", F01_ROW, `${F01_ROW}${F02(keys, `${PINNED_301};${PINNED_301}`)}`],
    );
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "economic.csv",
        3,
        59,
        "finding-values",
        `${DOC}/T03/class-sum/301/total: printed 363.92, parts sum to 364.12, but F02 was recorded for 363.92/364.02`,
      ),
      error(
        "economic.csv",
        3,
        66,
        "finding-values",
        `${DOC}/T03/class-sum/301/personnel: printed 363.92, parts sum to 364.12`,
      ),
    ]);
  });

  it("validateDataDir reports check_values with fewer pairs than checks as finding-values at the check_values cell", () => {
    const keys = `${DOC}/T03/class-sum/301/total;${DOC}/T03/class-sum/301/personnel`;
    const dir = corruptMini(ITEM_30101, ["findings.csv", F01_ROW, `${F01_ROW}${F02(keys, PINNED_301)}`]);
    const column = F02(keys, PINNED_301).lastIndexOf(PINNED_301) + 1;
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("findings.csv", 3, column, "finding-values", "F02 names 2 check(s) but records 1 expected/actual pair(s)"),
      error("economic.csv", 3, 59, "identity", `${DOC}/T03/class-sum/301/total: printed 363.92`),
      error("economic.csv", 3, 66, "identity", `${DOC}/T03/class-sum/301/personnel: printed 363.92`),
    ]);
  });

  it("validateDataDir reports check_values that are not expected/actual numbers as pattern", () => {
    const key = `${DOC}/T03/class-sum/301/total`;
    const dir = corruptMini(ITEM_30101, ["findings.csv", F01_ROW, `${F01_ROW}${F02(key, "363.92 vs 364.02")}`]);
    const column = F02(key, "363.92 vs 364.02").lastIndexOf("363.92") + 1;
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("findings.csv", 3, column, "pattern", 'check_values: "363.92 vs 364.02" does not match'),
      error("economic.csv", 3, 59, "identity", `${key}: printed 363.92`),
      error("economic.csv", 3, 66, "identity", `${DOC}/T03/class-sum/301/personnel: printed 363.92`),
    ]);
  });

  it("validateDataDir still reports the check a finding does not list", () => {
    const dir = corruptMini(ITEM_30101, [
      "findings.csv",
      F01_ROW,
      `${F01_ROW}${F02(`${DOC}/T03/class-sum/301/total`, PINNED_301)}`,
    ]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("economic.csv", 3, 66, "identity", `${DOC}/T03/class-sum/301/personnel: printed 363.92`),
    ]);
  });

  it("validateDataDir reports a finding that names a passing check as finding-check at its checks cell", () => {
    const key = `${DOC}/T02/class-sum/208/total`;
    const dir = corruptMini(["findings.csv", F01_ROW, F01With(key, "1/1")]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("findings.csv", 2, 198, "finding-check", `F01 names check "${key}", which does not exist or passes`),
    ]);
  });

  it("validateDataDir reports a finding that names a nonexistent check as finding-check", () => {
    const key = `${DOC}/T09/total-sum/total/total`;
    const dir = corruptMini(["findings.csv", F01_ROW, F01With(key, "1/1")]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("findings.csv", 2, 198, "finding-check", `F01 names check "${key}", which does not exist or passes`),
    ]);
  });

  it("validateDataDir locates finding-check on the finding's own row when findings.csv has several", () => {
    const key = `${DOC}/T02/class-sum/210/total`;
    const dir = corruptMini(["findings.csv", F01_ROW, `${F01_ROW}${F02(key, "1/1")}`]);
    // F02's row: its checks cell starts after "Keep the printed figures,".
    const column = F02(key, "1/1").indexOf(key) + 1;
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("findings.csv", 3, column, "finding-check", `F02 names check "${key}"`),
    ]);
  });
});

describe("rounding (尾差) and where identity errors point", () => {
  const KEY = `${DOC}/T04/three-public-sum/total:budget/amount`;
  const recorded = (printed: string, sum: string): [string, string, string] => [
    "rounding.csv",
    "document_id,check,printed,sum,note\n",
    `document_id,check,printed,sum,note\n${DOC},${KEY},${printed},${sum},\n`,
  ];

  it("validateDataDir accepts a 0.01 difference in a 三公 total as status rounding when rounding.csv records 2.01/2", () => {
    const dir = corruptMini(["three_public.csv", ",total,budget,2.00,", ",total,budget,2.01,"], recorded("2.01", "2"));
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(check(report.checks, "T04/three-public-sum/total:budget/amount")).toMatchObject({
      status: "rounding",
      expected: 2.01,
      actual: 2,
      tolerance: 0.015,
      finding_id: null,
    });
  });

  it("validateDataDir refuses the same 0.01 difference as rounding at the total's cell when rounding.csv does not record it", () => {
    const dir = corruptMini(["three_public.csv", ",total,budget,2.00,", ",total,budget,2.01,"]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "three_public.csv",
        2,
        48,
        "rounding",
        `${KEY}: printed 2.01 but parts sum to 2: within the 尾差 tolerance`,
      ),
    ]);
  });

  it("validateDataDir refuses a recorded 尾差 once the check gives other values (or passes exactly), as rounding", () => {
    const other = corruptMini(
      ["three_public.csv", ",total,budget,2.00,", ",total,budget,2.01,"],
      recorded("2.02", "2"),
    );
    expect(errorsOf(validateDataDir(other).errors)).toEqual([
      error("three_public.csv", 2, 48, "rounding", `${KEY}: printed 2.01, parts sum to 2, but rounding.csv recorded`),
    ]);
    const exact = corruptMini(recorded("2.01", "2"));
    expect(errorsOf(validateDataDir(exact).errors)).toEqual([
      error("three_public.csv", 2, 48, "rounding", `${KEY}: printed 2, parts sum to 2, but rounding.csv recorded`),
    ]);
  });

  it("validateDataDir refuses a recorded 尾差 for a check that does not exist, at its rounding.csv row", () => {
    const dir = corruptMini([
      "rounding.csv",
      "document_id,check,printed,sum,note\n",
      `document_id,check,printed,sum,note\n${DOC},${DOC}/T09/class-sum/210/total,2,2,\n`,
    ]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("rounding.csv", 2, 27, "rounding", "rounding.csv records a 尾差 for"),
    ]);
  });

  it("validateDataDir reports a 0.02 difference over two cells (beyond tolerance 0.015) as identity", () => {
    const dir = corruptMini(["three_public.csv", ",total,budget,2.00,", ",total,budget,2.02,"]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("three_public.csv", 2, 48, "identity", `${DOC}/T04/three-public-sum/total:budget/amount: printed 2.02`),
    ]);
  });

  it("validateDataDir points a failing vehicle sum at the vehicle row, not another row printed on the same line", () => {
    const dir = corruptMini(["three_public.csv", ",vehicle_operation,budget,1.80,", ",vehicle_operation,budget,1.90,"]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("three_public.csv", 4, 50, "identity", `${DOC}/T04/vehicle-sum/vehicle:budget/amount: printed 1.8`),
    ]);
  });

  it("validateDataDir points a failing expenditure sum at the expenditure total row, not the income row beside it", () => {
    const dir = corruptMini(["summary.csv", ",二、卫生健康支出,amount,488.40,", ",二、卫生健康支出,amount,488.50,"]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "summary.csv",
        9,
        81,
        "identity",
        `${DOC}/T01/expenditure-sum/L24/amount: printed 593.4 but parts sum to 593.5`,
      ),
    ]);
  });

  it("validateDataDir points a failing cross-table check at the functional total's basic cell", () => {
    const dir = corruptMini(
      ["economic.csv", ",合计,,,448.29,424.29,24.00,", ",合计,,,448.39,424.39,24.00,"],
      ["economic.csv", ",工资福利支出,,,363.92,363.92,", ",工资福利支出,,,364.02,364.02,"],
      ["economic.csv", ",基本工资,,,303.63,303.63,", ",基本工资,,,303.73,303.73,"],
    );
    // Functional total row: line 2, basic column starts at 53.
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "functional.csv",
        2,
        53,
        "identity",
        `${DOC}/T02/basic-vs-economic/T03/basic: printed 448.29 but parts sum to 448.39`,
      ),
    ]);
  });

  it("validateDataDir points a money-unit slip in a row sharing its printed line at that row", () => {
    const dir = corruptMini(["summary.csv", ",本年支出合计,amount,593.40,", ",本年支出合计,amount,5934000,"]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("summary.csv", 9, 81, "money-unit", "amount = 5934000 is 10000× the document total 593.4 万元"),
      error(
        "summary.csv",
        9,
        81,
        "identity",
        `${DOC}/T01/expenditure-sum/L24/amount: printed 5934000 but parts sum to 593.4`,
      ),
      // 支出总计 593.40 (line 25) = 本年支出合计 (line 24) + nothing carried over: the slip breaks it too, at the 总计.
      error(
        "summary.csv",
        11,
        72,
        "identity",
        `${DOC}/T01/grand-total/L25/expenditure/amount: printed 593.4 but parts sum to 5934000`,
      ),
    ]);
  });

  it("validateDataDir points a failing identity in a sub-column (personnel_wages) at that column's cell", () => {
    // Print 工资福利 (personnel_wages) = 人员经费 (personnel) on every row, so every identity holds again.
    const dir = corruptMini();
    const path = join(dir, "functional.csv");
    const [header = "", ...lines] = readFileSync(path, "utf8").trimEnd().split("\n");
    const names = header.split(",");
    const [personnel, wages] = [names.indexOf("personnel"), names.indexOf("personnel_wages")];
    const withWages = lines.map((line) => {
      const cells = line.split(",");
      cells[wages] = cells[personnel] ?? "";
      return cells.join(",");
    });
    writeFileSync(path, [header, ...withWages].join("\n") + "\n");
    expect(validateDataDir(dir).errors).toEqual([]);
    // Then misprint item 2080501's wages: its own row split and its 款 20805 no longer add up.
    const broken = withWages.map((line) =>
      line.replace(",行政单位离退休,0.34,0.34,0.34,0.34,", ",行政单位离退休,0.34,0.34,0.34,0.43,"),
    );
    writeFileSync(path, [header, ...broken].join("\n") + "\n");
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "functional.csv",
        5,
        74,
        "identity",
        `${DOC}/T02/row-split/L33/personnel: printed 0.34 but parts sum to 0.43`,
      ),
      error(
        "functional.csv",
        4,
        84,
        "identity",
        `${DOC}/T02/section-sum/20805/personnel_wages: printed 44.71 but parts sum to 44.8`,
      ),
    ]);
  });
});
