/**
 * data/performance_indicators.csv and its identities, worked out by hand from the printed lines in
 * /work/shared/seeds/ (000 = 000_40f2de11a2278ee4.txt 鞍山 2024 预算, 001 = 001_d0c77a329ce627f3.txt 千山区 2024 决算,
 * 002 = 002_7cae605de1a9dcbd.txt 沈丘 2024 预算, 003 = 003_abee6ec0de6ec728.txt 抚顺 2024 预算), never from the
 * code's output.
 */
import { describe, expect, it } from "vitest";
import type { PerformanceIndicatorRow, PerformanceRow, TableRow } from "../src/lib/data/model.ts";
import type { CheckResult } from "../src/lib/data/types.ts";
import { indicatorSheets } from "../src/lib/model/performance-indicators.ts";
import { evaluate, type Identity } from "../src/lib/data/identities/evaluate.ts";
import { completionRatio, performanceIndicatorChecks } from "../src/lib/data/identities/performance-indicators.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const D000 = "210300-bureau-2024-budget";
const D001 = "210311-bureau-2024-final";
const D002 = "411624-bureau-2024-budget";
const D003 = "210400-centre-2024-budget";

const report = validateDataDir("data");
const rows = report.data?.performance_indicators ?? [];
const find = (doc: string, table: string, line: number, seq = 1) =>
  rows.find((r) => r.document_id === doc && r.table_id === table && r.line === line && r.seq === seq);

describe("performance_indicators.csv as printed", () => {
  it("validates with no error", () => {
    expect(report.errors).toEqual([]);
  });
  it("000 表16 line 516: 履职效能 | 重点工作履行情况 | 重点工作办结率 | = | 100 | % | 2024-12", () => {
    expect(find(D000, "T17", 516)).toMatchObject({
      level1: "履职效能",
      level2: "重点工作履行情况",
      level3: "重点工作办结率",
      operator: "eq",
      target: "100",
      measure_unit: "%",
      deadline: "2024-12",
      weight: null,
      score: null,
    });
  });
  it("000 表17 line 584 (医保基金监管经费): 成本指标 聘请专家费用 <= 2000 元/人; 二级 and 一级 are blank on the line", () => {
    expect(find(D000, "T18", 584)).toMatchObject({
      project: "医保基金监管经费",
      level1: null,
      level2: "成本指标",
      level3: "聘请专家费用",
      operator: "le",
      target: "2000",
      measure_unit: "元/人",
    });
  });
  it("002 预算11表 line 466: 专项资金细化率 ≥95% keeps the printed ≥ as its own column, 95% as the target", () => {
    expect(find(D002, "T11", 466)).toMatchObject({ level3: "专项资金细化率", operator: "ge_sign", target: "95%" });
  });
  it("002 预算12表 line 505 prints four indicators side by side (成本, 产出, 效益, 满意度)", () => {
    const line = rows.filter((r) => r.document_id === D002 && r.table_id === "T12" && r.line === 505);
    expect(line.map((r) => [r.level1, r.level3, r.operator, r.target])).toEqual([
      ["成本指标", "总成本", "le_sign", "85万元"],
      ["产出指标", "完成门诊慢特病人认定资格信息上传", null, "完成"],
      ["效益指标", "优化鉴定程序", null, "优化"],
      ["满意度指标", "服务群众满意度", "ge_sign", "90%"],
    ]);
  });
  it("003 表17 line 502 (医疗服务与保障能力提升): 医保信息系统重大安全事件响应时间 <= 60 分钟", () => {
    expect(find(D003, "T17", 502)).toMatchObject({
      level3: "医保信息系统重大安全事件响应时间",
      operator: "le",
      target: "60",
      measure_unit: "分钟",
    });
  });
  it("001 自评表 line 645 (重大宣传活动经费): 宣传完成时间 <= 1 天, achieved 32, 3.0%, 分值 6.2 (printed 6. 2), 得分 0.186", () => {
    expect(find(D001, "T12", 645)).toMatchObject({
      subunit_id: "210311-bureau",
      project: "重大宣传活动经费",
      level3: "宣传完成时间",
      operator: "le",
      target: "1",
      measure_unit: "天",
      actual: "32",
      completion: "3.0%",
      weight: 6.2,
      score: 0.186,
    });
  });
  it("001 自评表 line 514 prints only 分值 3.5 and 得分 3.5: an illegible row with no indicator name", () => {
    expect(find(D001, "T10", 514)).toMatchObject({ level3: null, weight: 3.5, score: 3.5, status: "illegible" });
  });
  it("has every indicator row of the four reports: 23 + 19 (000), 23 + 23 + 14 + 8 (001), 30 + 78 (002), 111 (003)", () => {
    // Counted in the texts: 000 lines 516-535 and 543-545 (23), 558-566 and 579-588 (19); 001 T10 lines 514-542
    // (23 rows with figures), T11 601-625 (23), T12 639-659 (14), T13 703-750 (8); 002 预算11表 lines 462-492 less the
    // page break at 486 (30), 预算12表: 78 indicator cells on lines 505-544; 003 22 + 3 + 4 + 8 + 10 + 10 + 11 + 12 + 8 +
    // 6 + 5 + 12 (表16 and the eleven 表17).
    const count = (doc: string) => rows.filter((r) => r.document_id === doc).length;
    expect([count(D000), count(D001), count(D002), count(D003)]).toEqual([42, 68, 108, 111]);
  });
});

describe("indicator identities (worked by hand)", () => {
  const byKey = new Map(report.checks.map((c) => [c.key, c]));
  type Status = "pass" | "rounding" | "fail";
  const CASES: [key: string, expected: number, actual: number, status: Status, finding?: string][] = [
    // 001 T10 (本级) line 543 总评价得分 85.86 = indicator scores: 3.5 (514) + 3.3 × 5 (516-520) + 1.6 + 1.6 + 1.8
    // (521-524) + 0.7 × 5 (525-530) + 0.8 (531) + 0.7 (532) + 2.5 + 2.5 (533, 536) + 6.8 + 6.6 + 6.6 (537-539) +
    // 2.5 + 2.5 (541-542) = 60, plus the tasks' 8.72 + 8.76 + 8.38 + 0 (lines 504-507) = 25.86: 85.86.
    [`${D001}/T10/performance-indicator-score-sum/T10/total_score`, 85.86, 85.86, "pass"],
    // 001 T10 分值: 60 (the same rows) + 10 × 4 (tasks, lines 504-507) = 100.
    [`${D001}/T10/performance-indicator-weight-sum/T10/weight`, 100, 100, "pass"],
    // 001 T11 (服务中心) 分值: 3.3 × 3 + 3.5 (601-604) + 3.3 + 3.3 (606-607) + 1.6 + 1.6 + 1.8 (608-610) + 0.7 × 5
    // (611-615) + 0.8 (616) + 2.5 + 2.5 (619-620) + 6.6 + 6.6 + 6.8 (621-623) + 2.5 + 2.5 (624-625) = 59.3, plus the
    // tasks' 13.3 + 13.3 + 13.4 (594-596) = 40: 99.3, not 100.
    [`${D001}/T11/performance-indicator-weight-sum/T11/weight`, 100, 99.3, "fail", "F39"],
    // 001 T12 line 660 指标自评得分小计 26.85 = 1.2 × 3 + 1.6 + 0.186 × 2 + 0.558 + 3.1 + 3.5 + 3.3 × 3 + 2.112 × 2
    // (lines 639-659) = 26.854.
    [`${D001}/T12/performance-indicator-score-sum/T12/indicator_score`, 26.85, 26.854, "rounding"],
    // 001 T12 分值: 6.2 × 7 (639, 641, 642, 645, 647, 648, 650) + 6.6 × 6 (644, 653, 654, 656, 657, 659) + 7 (651) = 90.
    [`${D001}/T12/performance-indicator-weight-sum/T12/weight`, 90, 90, "pass"],
    // 001 T13 分值: 12.5 × 4 (703, 704, 705, 715) + 10 × 4 (730, 740, 741, 750) = 90.
    [`${D001}/T13/performance-indicator-weight-sum/T13/weight`, 90, 90, "pass"],
    // 001 T12 line 639: 分值 6.2 × 完成程度 100% = 6.2, printed 得分 1.2; line 644: 6.6 × 100% = 6.6, printed 1.6.
    [`${D001}/T12/performance-indicator-score/L639/score`, 1.2, 6.2, "fail", "F38"],
    [`${D001}/T12/performance-indicator-score/L644/score`, 1.6, 6.6, "fail", "F38"],
    // 001 T12 line 645: 6.2 × 3.0% = 0.186; line 657: 6.6 × 32.0% = 2.112; T13 line 715: 12.5 × 50.0% = 6.25.
    [`${D001}/T12/performance-indicator-score/L645/score`, 0.186, 0.186, "pass"],
    [`${D001}/T12/performance-indicator-score/L657/score`, 2.112, 2.112, "pass"],
    [`${D001}/T13/performance-indicator-score/L715/score`, 6.25, 6.25, "pass"],
    // 001 T10 line 537: 6.8 × 1 = 6.8.
    [`${D001}/T10/performance-indicator-score/L537/score`, 6.8, 6.8, "pass"],
    // 002 预算12表 line 505: 总成本 ≤85万元 against the project's 85.00; line 513: ≤23万元 against 20.00.
    [`${D002}/T12/performance-indicator-cost-cap/L505/target`, 85, 85, "pass"],
    [`${D002}/T12/performance-indicator-cost-cap/L513/target`, 20, 23, "fail", "F10"],
    // 002 line 538: ≤1300 万元 (a space before 万元) against 1,300.00.
    [`${D002}/T12/performance-indicator-cost-cap/L538/target`, 1300, 1300, "pass"],
  ];
  it.each(CASES)("%s: printed %d, parts give %d (%s)", (key, expected, actual, status, finding) => {
    const check = byKey.get(key);
    expect(check, key).toBeDefined();
    expect(check?.expected).toBeCloseTo(expected, 6);
    expect(check?.actual).toBeCloseTo(actual, 6);
    expect(check?.status).toBe(status);
    expect(check?.finding_id ?? undefined).toBe(finding);
  });
  it("makes no score check from an illegible row (001 T11 line 619) and no sum where no total is printed (T11, T13)", () => {
    expect(byKey.has(`${D001}/T11/performance-indicator-score/L619/score`)).toBe(false);
    expect(byKey.has(`${D001}/T11/performance-indicator-score-sum/T11/total_score`)).toBe(false);
    expect(byKey.has(`${D001}/T13/performance-indicator-score-sum/T13/indicator_score`)).toBe(false);
  });
  it("checks the 11 cost caps of 预算12表 and nothing in the target tables of 000 and 003 (no figures to add)", () => {
    const rules = (doc: string) =>
      report.checks.filter((c) => c.document_id === doc && c.rule.startsWith("performance-indicator"));
    expect(rules(D002).length).toBe(11);
    expect(rules(D000)).toEqual([]);
    expect(rules(D003)).toEqual([]);
  });
});

describe("completionRatio", () => {
  it.each([
    ["1", 1],
    ["0", 0],
    ["100%", 1],
    ["50.0%", 0.5],
    ["3.0%", 0.03],
    [null, null],
    ["100", null],
    ["全部", null],
  ] as const)("completionRatio(%j) = %j", (printed, ratio) => {
    expect(completionRatio(printed)).toBe(ratio);
  });
});

describe("performanceIndicatorChecks", () => {
  const ind = (
    line: number,
    weight: number | null,
    score: number | null,
    extra: Partial<PerformanceIndicatorRow> = {},
  ) =>
    ({
      document_id: D001,
      table_id: "T12",
      line,
      subunit_id: null,
      seq: 1,
      project: "P",
      level1: null,
      level2: null,
      level3: "x",
      operator: null,
      target: null,
      measure_unit: null,
      deadline: null,
      actual: null,
      completion: "100%",
      weight,
      score,
      status: "value",
      printed: null,
      notes: null,
      ...extra,
    }) as PerformanceIndicatorRow;
  const perf = (item: PerformanceRow["item"], value: number | null) =>
    ({
      document_id: D001,
      table_id: "T12",
      line: 660,
      subunit_id: null,
      project: "P",
      label: null,
      item,
      value,
      unit: "分",
      printed: null,
      status: value === null ? "illegible" : "value",
      notes: null,
    }) as PerformanceRow;
  const run = (rows: PerformanceIndicatorRow[], performance: PerformanceRow[]) => {
    const out: Identity[] = [];
    performanceIndicatorChecks(rows, performance, D001, { push: (id) => out.push(id) });
    return out.map((id) => [id.rule, evaluate(id)?.status]);
  };
  it("passes a sheet whose scores are weight × completion and add up to its subtotal, weights to 90", () => {
    expect(run([ind(1, 45, 45), ind(2, 45, 45)], [perf("indicator_score", 90)])).toEqual([
      ["performance-indicator-score", "pass"],
      ["performance-indicator-score", "pass"],
      ["performance-indicator-score-sum", "pass"],
      ["performance-indicator-weight-sum", "pass"],
    ]);
  });
  it("fails a score below weight × completion, and a subtotal the scores do not make", () => {
    expect(run([ind(1, 45, 40), ind(2, 45, 45)], [perf("indicator_score", 90)])).toEqual([
      ["performance-indicator-score", "fail"],
      ["performance-indicator-score", "pass"],
      ["performance-indicator-score-sum", "fail"],
      ["performance-indicator-weight-sum", "pass"],
    ]);
  });
  it("makes no sum with a blank score (never read as zero), and no score check on an illegible row", () => {
    expect(run([ind(1, 45, null), ind(2, 45, 45, { status: "illegible" })], [perf("indicator_score", 90)])).toEqual([
      ["performance-indicator-weight-sum", "pass"],
    ]);
  });
});

describe("indicatorSheets", () => {
  // 002 预算12表 line 513 prints four indicators side by side; only the 总成本 cap (seq 1) fails (F10).
  const base = { document_id: D002, table_id: "T12", line: 513, subunit_id: null, project: "P", level2: null } as const;
  const cellsOf = (seq: number, level1: string, level3: string, target: string) =>
    ({
      ...base,
      seq,
      level1,
      level3,
      operator: seq === 1 ? "le_sign" : null,
      target,
      measure_unit: null,
      deadline: null,
      actual: null,
      completion: null,
      weight: null,
      score: null,
      status: "value",
      printed: null,
      notes: null,
    }) as PerformanceIndicatorRow;
  const rows = [cellsOf(2, "产出指标", "落实重特大疾病文件覆盖", "全覆盖"), cellsOf(1, "成本指标", "总成本", "23万元")];
  const table = {
    document_id: D002,
    table_id: "T12",
    table_no: "预算12表",
    title: "2024年部门预算项目绩效目标汇总表",
  } as TableRow;
  const cap = {
    document_id: D002,
    table_id: "T12",
    line: 513,
    subject: "L513",
    rule: "performance-indicator-cost-cap",
    finding_id: "F10",
  } as CheckResult;
  const [sheet] = indicatorSheets(rows, [table], [cap]);
  it("puts a line's indicators in printed order, with the printed operator glyph", () => {
    expect(sheet?.rows.map((r) => [r.seq, r.operator, r.target])).toEqual([
      [1, "≤", "23万元"],
      [2, null, "全覆盖"],
    ]);
  });
  it("gives the finding to the row whose check fails, not to its neighbours on the line", () => {
    expect(sheet?.rows.map((r) => r.findings)).toEqual([["F10"], []]);
  });
  it("leaves out the columns no row prints (二级, 度量单位, 完成时限 and the self-evaluation cells)", () => {
    expect(sheet?.columns).toEqual(["level1", "level3", "target"]);
    expect([sheet?.table_no, sheet?.project]).toEqual(["预算12表", "P"]);
  });
});
