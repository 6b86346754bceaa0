/**
 * Figures in no check: the printed figures (万元 cells, claims' amounts) that no identity and no claim quote reads,
 * counted by hand on tests/fixtures/valid-mini, on copies of it with rows added, and printed by the validator for data/.
 */
import { spawnSync } from "node:child_process";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CellsRead } from "../src/lib/data/cells-read.ts";
import { pushIdentities, type Identity } from "../src/lib/data/identities/index.ts";
import { uncheckedLine } from "../src/lib/data/unchecked.ts";
import { corruptMini } from "./helpers/data-copy.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("./fixtures/valid-mini", import.meta.url));
const DATA = fileURLToPath(new URL("../data", import.meta.url));

const DOC = "990100-bureau-2024-budget";

describe("validateDataDir(...).unchecked", () => {
  /*
   * Counted by hand from the fixture's CSVs:
   * - functional.csv (T02, role expenditure): the columns printed anywhere are total, basic, personnel, public and
   *   project, so every row has the splits total = basic + project and basic = personnel + public; together they read
   *   all five cells of every row (42 non-blank). The only split skipped, basic on line 38, has nothing printed.
   * - economic.csv (T03): total = personnel + public on every row; each row prints its total, so all 17 are read.
   * - summary.csv (T01, one column "amount"): income-sum reads line 24 and lines 21-23 (general_budget,
   *   government_fund, unit_funds), expenditure-sum line 24 and the three classes, balance the two grand totals on
   *   line 25: all 9 printed amounts (line 22's income is blank).
   * - three_public.csv (T04): three-public-sum reads total, overseas, vehicle, reception; vehicle-sum reads vehicle,
   *   vehicle_purchase, vehicle_operation: all 5 printed.
   * - projects.csv (T05, the only projects table): projects-vs-functional reads amount (145.11 against T02's project
   *   total). amount_general_budget (145.11) is read by no identity: the one figure in no check, at line 2, column
   *   57 (after "990100-bureau-2024-budget,T05,62,,医保基金监管经费,特定目标类,145.11,").
   * - claims.csv: C001's amount 593.4 is printed in its quote ("支出预算593.4万元"): read by the claim-quote check.
   */
  it("validateDataDir(valid-mini) finds one figure in no check: projects.csv:2:57 amount_general_budget", () => {
    const report = validateDataDir(FIXTURE);
    expect(report.errors).toEqual([]);
    expect(report.unchecked.total).toBe(1);
    expect(report.unchecked.byFile).toEqual({ "projects.csv": 1 });
    expect(report.unchecked.examples.map((e) => ({ ...e, file: basename(e.file) }))).toEqual([
      { file: "projects.csv", line: 2, column: 57, field: "amount_general_budget" },
    ]);
  });

  it("validateDataDir counts a blank money cell as no figure: blanking amount_general_budget leaves 0", () => {
    const dir = corruptMini(["projects.csv", ",145.11,145.11,2101599,", ",145.11,,2101599,"]);
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.unchecked).toEqual({ total: 0, unpaired: 0, byFile: {}, examples: [] });
  });

  it("validateDataDir counts an added summary row that no identity reads (其中：财政拨款) as 1 more", () => {
    // general_budget_fiscal is an "of which" line: no income-sum takes it as a part.
    const dir = corruptMini(
      ["tables.csv", "收支预算总表,20,25,10,", "收支预算总表,20,25,11,"],
      [
        "summary.csv",
        `${DOC},T01,22,,income,government_fund,`,
        `${DOC},T01,20,,income,general_budget_fiscal,,其中：财政拨款,amount,593.40,\n${DOC},T01,22,,income,government_fund,`,
      ],
    );
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.unchecked.total).toBe(2);
    expect(report.unchecked.byFile).toEqual({ "projects.csv": 1, "summary.csv": 1 });
    expect(report.unchecked.examples).toContainEqual(expect.objectContaining({ line: 4, column: 80, field: "amount" }));
  });

  it("validateDataDir counts a project of a second (not headline) projects table as its 2 printed figures", () => {
    // Only the headline projects table (T05) is summed against the functional table: T06's amount and
    // amount_general_budget are read by nothing.
    const dir = corruptMini(
      [
        "tables.csv",
        "项目支出预算表,60,62,1,data,projects,,",
        "项目支出预算表,60,62,1,data,projects,,\n" + `${DOC},T06,表6,项目支出预算表（续）,63,64,1,data,projects,,`,
      ],
      [
        "projects.csv",
        '检查和宣传",\n',
        `检查和宣传",\n${DOC},T06,64,,医保政策宣传经费,其他运转类,10.00,10.00,2101599,宣传,\n`,
      ],
      // The new title, project name and category need their English glosses (rule gloss).
      [
        "glossary.csv",
        "kind,printed,en,note\n",
        "kind,printed,en,note\nproject_category,其他运转类,Other operating projects,\n" +
          "project_name,医保政策宣传经费,Publicising medical-insurance policy,\n" +
          "table_title,项目支出预算表（续）,Project expenditure budget (continued),\n",
      ],
    );
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    expect(report.unchecked.total).toBe(3);
    expect(report.unchecked.byFile).toEqual({ "projects.csv": 3 });
  });
});

describe("unpaired.csv", () => {
  const header = "document_id,table_id,line,file,field,reason_zh,reason_en\n";
  const unpaired = (rows: string) => ["unpaired.csv", header, header + rows] as const;
  const withUnpaired = (rows: string) => corruptMini([...unpaired(rows)]);
  it("validateDataDir counts a listed figure in no check apart: T05 line 62 amount_general_budget leaves 0", () => {
    const report = validateDataDir(withUnpaired(`${DOC},T05,62,projects,amount_general_budget,无,none\n`));
    expect(report.errors).toEqual([]);
    expect(report.unchecked).toEqual({ total: 0, unpaired: 1, byFile: {}, examples: [] });
  });

  it("validateDataDir refuses a listed figure that a check reads (projects amount 145.11, read by projects-vs-functional)", () => {
    const report = validateDataDir(withUnpaired(`${DOC},T05,62,projects,amount,无,none\n`));
    expect(report.errors.map((e) => [basename(e.file), e.line, e.rule])).toEqual([["unpaired.csv", 2, "unpaired"]]);
    expect(report.errors[0]?.message).toContain("a check reads it");
  });

  it("validateDataDir refuses a listed figure that no row prints (line 63 of T05)", () => {
    const report = validateDataDir(withUnpaired(`${DOC},T05,63,projects,amount_general_budget,无,none\n`));
    expect(report.errors.map((e) => [basename(e.file), e.line, e.rule])).toEqual([["unpaired.csv", 2, "unpaired"]]);
    expect(report.errors[0]?.message).toContain("no row prints a figure there");
  });
});

describe("CellsRead", () => {
  it("CellsRead.has(row, column) is true only for a field added for that very row object", () => {
    const read = new CellsRead();
    const row = { total: 1, basic: 1 };
    const twin = { total: 1, basic: 1 };
    read.add(row, "total");
    read.add(row, "total");
    expect([read.has(row, "total"), read.has(row, "basic"), read.has(twin, "total")]).toEqual([true, false, false]);
    read.add(row, "basic");
    expect([read.has(row, "total"), read.has(row, "basic"), read.has(row, "amount")]).toEqual([true, true, false]);
  });
});

describe("Identity.cells", () => {
  it("pushIdentities(data) gives each identity the cells its expected and parts are read from, in order", () => {
    const data = validateDataDir(DATA).data;
    if (!data) throw new Error("data/ does not validate");
    const identities: Identity[] = [];
    pushIdentities(data, { push: (id) => identities.push(id) });
    expect(identities.length).toBeGreaterThan(500);
    for (const id of identities) {
      const values = id.cells.map((c) => (c.row as Record<string, unknown>)[c.column]);
      // A performance rate or score is compared with a ratio or product of its cells, and a body's self-evaluated
      // spending with the sum of its 项目支出 column: not one cell equal to the sum of the others.
      // An indicator's score is compared with 分值 × 完成程度 (a printed "1" or "50.0%"), a sheet's 分值 with its
      // full marks (100, or 90 beside the 预算执行率's 10), which no cell prints.
      if (
        [
          "performance-rate",
          "performance-score",
          "self-evaluation-vs-functional",
          "performance-indicator-score",
          "performance-indicator-weight-sum",
          "performance-indicator-cost-cap",
        ].includes(id.rule)
      )
        continue;
      expect(values[0]).toBe(id.expected);
      // A part no row prints (a 三公 item left out) is null and has no cell.
      expect(values.slice(1).filter((v) => v !== null)).toEqual(id.parts.filter((p) => p !== null));
      expect(id.cells.length - 1).toBeLessThanOrEqual(id.parts.length);
    }
  });
});

describe("npm run validate", () => {
  it("node scripts/validate.ts prints figures in no check by file, after the identities line, and exits 0", () => {
    const result = spawnSync(process.execPath, ["scripts/validate.ts"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[lines.length - 2]).toMatch(/ identities: /);
    const last = lines[lines.length - 1] ?? "";
    // By hand: 002 (沈丘) lines 368–376 print a fragment of 9 economic items with no headers, no class and no
    // total row (T07): nothing to add them up to, so their 9 totals are in no check, each listed in unpaired.csv.
    // 001's 绩效自评表 (T10-T12) print 10 figures whose partners are illegible in the OCR (lines 507, 543, 594,
    // 596, 634, 660); the indicator rows now check 4 of them (T10 line 543's total 85.86 = 60 + 25.86, T11 594 and
    // 596's weights in the sheet's 分值 sum, T12 660's subtotal 26.85 = its 14 scores), and add one (T11 line 619's
    // score 2.5, its row merged into line 618 and no total printed): 6 listed, 9 + 6 + 1 = 16.
    // Every other figure is read: project figures by the functional 项目支出 columns, summary fund columns by the
    // grand-total, body-row and same-figure identities.
    expect(last).toBe(
      "figures in no check: 0 (and 16 with no partner in their report, each listed with its reason in unpaired.csv)",
    );
  });

  it("uncheckedLine({ total: 0 }) is just the count", () => {
    expect(uncheckedLine({ total: 0, byFile: {}, examples: [] })).toBe("figures in no check: 0");
  });
});
