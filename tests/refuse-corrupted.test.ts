/**
 * validateDataDir on copies of the real data/ with one corruption each, for the rules that used to let a corrupted
 * dataset pass: findings pinned to the values they explain (findings.ts), row counts (completeness.ts), ids and
 * source lines (consistency.ts), whole reports in the wrong money unit (magnitude.ts). Every case asserts the full,
 * exact list of errors (file:line:column: rule).
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import {
  copyData,
  corrupt,
  DATA,
  edit,
  error,
  errorsOf,
  HAVE_SOURCES,
  scaleDocument,
  SOURCES,
  type Edit,
} from "./helpers/data-copy.ts";

const QS = "210311-bureau-2024-final";
const AS = "210300-bureau-2024-budget";
const SQ = "411624-bureau-2024-budget";
const FS = "210400-centre-2024-budget";

interface Case {
  name: string;
  edits: Edit[];
  errors: ReturnType<typeof error>[];
}

const run = (cases: Case[]) =>
  it.each(cases)("$name", ({ edits, errors }) => {
    expect(errorsOf(validateDataDir(corrupt(...edits)).errors)).toEqual(errors);
  });

describe("validateDataDir on data/ as committed", () => {
  it("validateDataDir(data) returns no errors", () => {
    expect(validateDataDir(DATA).errors).toEqual([]);
  });

  it.skipIf(!HAVE_SOURCES)(
    "validateDataDir(data, { sources }) returns no errors: every line is inside its source text",
    () => {
      expect(validateDataDir(DATA, { sources: SOURCES }).errors).toEqual([]);
    },
  );
});

describe("findings explain a check only while the data shows the values they recorded", () => {
  const T03_TOTAL: Edit = [
    "functional.csv",
    `${QS},T03,288,,total,,,合计,214.04,`,
    `${QS},T03,288,,total,,,合计,314.04,`,
  ];
  run([
    {
      name: "validateDataDir refuses 公开03表's 合计 changed 214.04 → 314.04 although F07 and F08 explain its failing sums",
      edits: [T03_TOTAL],
      errors: [
        error(
          "functional.csv",
          34,
          46,
          "finding-values",
          `${QS}/T03/row-split/L288/total: printed 314.04, parts sum to 218.42, but F07 was recorded for 214.04/218.42`,
        ),
        error(
          "functional.csv",
          34,
          46,
          "finding-values",
          `${QS}/T03/total-sum/total/total: printed 314.04, parts sum to 214.01, but F08 was recorded for 214.04/214.01`,
        ),
      ],
    },
    {
      name: "validateDataDir refuses a finding whose recorded sum no longer matches (F07's 218.42 → 218.41)",
      edits: [["findings.csv", "214.04/218.42;214.04/209.63", "214.04/218.41;214.04/209.63"]],
      errors: [
        error(
          "functional.csv",
          34,
          46,
          "finding-values",
          `${QS}/T03/row-split/L288/total: printed 214.04, parts sum to 218.42, but F07 was recorded for 214.04/218.41`,
        ),
      ],
    },
    {
      name: 'validateDataDir refuses a wildcard key ("…/L257/*") in F11 as finding-wildcard, and its two value pairs for one key as finding-values',
      edits: [
        [
          "findings.csv",
          `${QS}/T02/income-sum/L257/total;${QS}/T02/income-sum/L257/general_budget,`,
          `${QS}/T02/income-sum/L257/*,`,
        ],
      ],
      errors: [
        error(
          "findings.csv",
          22,
          299,
          "finding-wildcard",
          `F11 names check "${QS}/T02/income-sum/L257/*": wildcards are not allowed`,
        ),
        error("findings.csv", 22, 346, "finding-values", "F11 names 1 check(s) but records 2 expected/actual pair(s)"),
      ],
    },
  ]);
});

describe("a classification code is the code as printed", () => {
  run([
    {
      // 鞍山 表3 line 321 prints 2101501 行政运行; a code typed 2101502 still has its 款 21015, so only the print tells.
      name: "validateDataDir reports a code that differs from its code_printed (2101501 → 2101502) as code-printed",
      edits: [["functional.csv", `${AS},T03,321,,item,2101501,2101501,`, `${AS},T03,321,,item,2101501,2101502,`]],
      errors: [
        error(
          "functional.csv",
          12,
          49,
          "code-printed",
          `code 2101502 is not the code as printed (2101501), and no code_error finding of ${AS} records 2101501`,
        ),
      ],
    },
    {
      // 鞍山 表6 line 422 prints 电费 as 030206 (an extra leading zero): finding F01 records the print, so 30206 stands.
      name: "validateDataDir accepts a code that differs from its print when a code_error finding records the print",
      edits: [],
      errors: [],
    },
  ]);
});

describe("every table keeps the number of fact rows counted from its source text", () => {
  run([
    {
      // 002 预算08表 (lines 380–390) prints its header only; 说明 line 396 says there is no 三公 spending. A table
      // printed with no data rows is its status alone: a placeholder row with a blank amount is refused.
      name: "validateDataDir reports a placeholder row in a printed-empty table (沈丘 预算08表) as printed-empty",
      edits: [
        [
          "three_public.csv",
          "document_id,table_id,line,subunit_id,item,measure,amount,notes\n",
          `document_id,table_id,line,subunit_id,item,measure,amount,notes\n${SQ},T08,389,,total,budget,,\n`,
        ],
      ],
      errors: [
        error(
          "tables.csv",
          41,
          70,
          "printed-empty",
          `${SQ} T08 is printed empty but has 1 rows in three_public.csv: a table with no data rows has none (its rows count is 0)`,
        ),
      ],
    },
    {
      name: "validateDataDir reports a deleted blank summary row (鞍山 表1 line 290) as row-count at tables.csv rows",
      edits: [["summary.csv", `${AS},T01,290,,income,fiscal_special_account,,四、财政专户管理资金收入,amount,,\n`, ""]],
      errors: [
        error(
          "tables.csv",
          2,
          49,
          "row-count",
          `${AS} T01 has 18 rows in summary.csv but tables.csv counts 19 in the source text (rows lost)`,
        ),
      ],
    },
    {
      name: "validateDataDir reports a deleted blank economic block row (千山 公开06表 30106) as row-count",
      edits: [["economic.csv", `${QS},T06,407,,item,personnel,30106,30106,伙食补助费,,,,,,\n`, ""]],
      errors: [
        error("tables.csv", 26, 64, "row-count", `${QS} T06 has 88 rows in economic.csv but tables.csv counts 89`),
      ],
    },
    {
      name: "validateDataDir reports a lowered count in tables.csv (沈丘 预算10表 11 → 10) as row-count (rows added)",
      edits: [
        [
          "tables.csv",
          `${SQ},T10,预算10表,2024年项目支出表,415,439,11,`,
          `${SQ},T10,预算10表,2024年项目支出表,415,439,10,`,
        ],
      ],
      errors: [
        error(
          "tables.csv",
          43,
          56,
          "row-count",
          `${SQ} T10 has 11 rows in projects.csv but tables.csv counts 10 in the source text (rows added)`,
        ),
      ],
    },
    {
      name: "validateDataDir reports a printed fact table without a count as row-count",
      edits: [
        [
          "tables.csv",
          `${SQ},T10,预算10表,2024年项目支出表,415,439,11,`,
          `${SQ},T10,预算10表,2024年项目支出表,415,439,,`,
        ],
      ],
      errors: [
        error(
          "tables.csv",
          43,
          56,
          "row-count",
          `${SQ} T10 is printed (data) but tables.csv does not say how many projects.csv rows it has`,
        ),
      ],
    },
  ]);

  it("validateDataDir reports projects.csv cut to its header as empty-resource, and each project table's lost rows", () => {
    const dir = copyData();
    const path = join(dir, "projects.csv");
    writeFileSync(path, `${readFileSync(path, "utf8").split("\n")[0] ?? ""}\n`);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error("tables.csv", 11, 50, "row-count", `${AS} T10 has 0 rows in projects.csv but tables.csv counts 2`),
      error("tables.csv", 43, 56, "row-count", `${SQ} T10 has 0 rows in projects.csv but tables.csv counts 11`),
      error("tables.csv", 53, 50, "row-count", `${FS} T08 has 0 rows in projects.csv but tables.csv counts 11`),
      error(
        "projects.csv",
        1,
        1,
        "empty-resource",
        "projects.csv holds only its header, but tables.csv counts 24 rows for its tables",
      ),
    ]);
  });
});

describe("ids agree with the columns they repeat, and source lines lie inside their table", () => {
  const DOC_ROW = `${QS},210311-bureau,2024,final,`;
  run([
    {
      name: "validateDataDir reports a document whose fiscal_year (2023) disagrees with its id as document-id",
      edits: [["documents.csv", DOC_ROW, `${QS},210311-bureau,2023,final,`]],
      errors: [
        error(
          "documents.csv",
          3,
          1,
          "document-id",
          `document id ${QS} disagrees with its row (unit_id 210311-bureau, fiscal_year 2023, stage final): expected 210311-bureau-2023-final`,
        ),
      ],
    },
    {
      name: "validateDataDir reports a document whose stage (budget) disagrees with its id as document-id",
      edits: [["documents.csv", DOC_ROW, `${QS},210311-bureau,2024,budget,`]],
      errors: [error("documents.csv", 3, 1, "document-id", "expected 210311-bureau-2024-budget")],
    },
    {
      name: "validateDataDir reports a document whose unit (210311-centre) disagrees with its id as document-id",
      edits: [["documents.csv", DOC_ROW, `${QS},210311-centre,2024,final,`]],
      errors: [error("documents.csv", 3, 1, "document-id", "expected 210311-centre-2024-final")],
    },
    {
      name: "validateDataDir reports a unit id whose 6 digits (210311) disagree with its division_code (210312) as unit-division",
      edits: [["units.csv", "public_institution,district,210311,", "public_institution,district,210312,"]],
      errors: [
        error(
          "units.csv",
          4,
          108,
          "unit-division",
          "unit id 210311-centre starts with 210311 but its division_code is 210312",
        ),
      ],
    },
    {
      name: "validateDataDir reports a fact on line 999999 as line-range (outside its table's lines)",
      edits: [["functional.csv", `${AS},T03,312,`, `${AS},T03,999999,`]],
      errors: [error("functional.csv", 3, 31, "line-range", "line 999999 is outside T03's lines 301–337 (tables.csv)")],
    },
    {
      name: "validateDataDir reports a fact on the line after its table (鞍山 表5 ends at 398) as line-range",
      edits: [["functional.csv", `${AS},T05,397,`, `${AS},T05,399,`]],
      errors: [error("functional.csv", 32, 31, "line-range", "line 399 is outside T05's lines 360–398")],
    },
  ]);

  it.skipIf(!HAVE_SOURCES)(
    "validateDataDir(dir, { sources }) reports a fact on line 999999 as source-line, past the end of its source text",
    () => {
      const dir = corrupt(["functional.csv", `${AS},T03,312,`, `${AS},T03,999999,`]);
      expect(errorsOf(validateDataDir(dir, { sources: SOURCES }).errors)).toEqual([
        error("functional.csv", 3, 31, "source-line", `line 999999 is past the end of ${AS}'s source text (`),
      ]);
    },
  );

  it.skipIf(!HAVE_SOURCES)(
    "validateDataDir(dir, { sources }) reports a table ending past its source text as source-line",
    () => {
      const lines = readFileSync(join(SOURCES, "003_abee6ec0de6ec728.txt"), "utf8").split("\n").length;
      const dir = corrupt([
        "tables.csv",
        `${FS},T21,表17,部门预算项目（政策）绩效目标表,565,567,`,
        `${FS},T21,表17,部门预算项目（政策）绩效目标表,565,${lines + 5},`,
      ]);
      const errors = errorsOf(validateDataDir(dir, { sources: SOURCES }).errors);
      expect(errors).toEqual([
        error("tables.csv", 66, 55, "source-line", `line ${lines + 5} is past the end of ${FS}'s source text`),
      ]);
    },
  );

  it.skipIf(!HAVE_SOURCES)(
    "validateDataDir(dir, { sources }) reports a document whose source file is missing as source-file",
    () => {
      const sources = mkdtempSync(join(tmpdir(), "yibao-sources-"));
      for (const f of ["000_40f2de11a2278ee4.txt", "001_d0c77a329ce627f3.txt", "002_7cae605de1a9dcbd.txt"])
        copyFileSync(join(SOURCES, f), join(sources, f));
      expect(errorsOf(validateDataDir(copyData(), { sources }).errors)).toEqual([
        error("documents.csv", 5, 285, "source-file", "003_abee6ec0de6ec728.txt is not in the sources directory"),
      ]);
    },
  );
});

describe("a whole report in 元 instead of 万元 is refused", () => {
  const FACTS = ["functional", "economic", "three_public", "summary", "projects", "project_totals", "performance"];

  it("validateDataDir reports 沈丘's tables ×10,000 as money-unit-narrative (against claim C002) and money-unit-plausible (county bureau)", () => {
    const dir = copyData();
    scaleDocument(dir, SQ, 10_000, FACTS);
    const all = errorsOf(validateDataDir(dir).errors);
    // 预算12表's 总成本 caps are text printed in 万元 (≤85万元, line 505): against budgets typed in 元 all 11 fail, one
    // (line 513, 20.00 against ≤23万元) through its finding F10.
    const caps = all.filter((e) => e.file === "performance_indicators.csv");
    expect(caps.map((e) => e.rule).sort()).toEqual([...Array<string>(10).fill("identity"), "finding-values"].sort());
    expect(all.filter((e) => e.file !== "performance_indicators.csv")).toEqual([
      error(
        "functional.csv",
        66,
        45,
        "money-unit-narrative",
        `${SQ} T03 total 31438100 is 10000× the narrative's total expenditure 3143.81 万元 (claims C002): the tables look entered in 元`,
      ),
      error(
        "functional.csv",
        66,
        45,
        "money-unit-plausible",
        `${SQ} T03 total 31438100 万元 is above what a county bureau can spend (10000000 万元)`,
      ),
    ]);
  });

  it("validateDataDir reports 抚顺 centre's tables ×10,000 (no narrative) as money-unit-plausible (prefecture centre)", () => {
    const dir = copyData();
    scaleDocument(dir, FS, 10_000, FACTS);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "functional.csv",
        86,
        46,
        "money-unit-plausible",
        `${FS} T02 total 581491500 万元 is above what a prefecture centre can spend (100000000 万元)`,
      ),
    ]);
  });

  it("validateDataDir reports a narrative total typed in 元 (C002 3143.81 → 31438100) as money-unit-narrative at the claim", () => {
    const dir = copyData();
    edit(dir, [
      "claims.csv",
      `${SQ},C002,78,,total_expenditure,2024,budget,level,3143.81,`,
      `${SQ},C002,78,,total_expenditure,2024,budget,level,31438100,`,
    ]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "claims.csv",
        235,
        72,
        "money-unit-narrative",
        `${SQ} C002 total expenditure 31438100 is 10000× the table total 3143.81 万元 (T03): the narrative figure looks entered in 元`,
      ),
      // …and the amount is no longer the number its own quote prints.
      expect.objectContaining({ file: "claims.csv", line: 235, column: 72, rule: "claim-quote" }),
    ]);
  });
});
