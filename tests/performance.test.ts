/**
 * The identities of data/performance.csv (绩效目标表 / 绩效自评表), worked out by hand from the printed lines in
 * /work/shared/seeds/ (000 = 000_40f2de11a2278ee4.txt 鞍山 2024 预算, 001 = 001_d0c77a329ce627f3.txt 千山区 2024 决算,
 * 002 = 002_7cae605de1a9dcbd.txt 沈丘 2024 预算, 003 = 003_abee6ec0de6ec728.txt 抚顺 2024 预算), never from the
 * code's output: `expected` is the printed figure, `actual` what the printed parts give, `status` the comparison
 * (pass; rounding: off by no more than 0.005 per figure; fail: explained by the finding named).
 */
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";

const D000 = "210300-bureau-2024-budget";
const D001 = "210311-bureau-2024-final";
const D002 = "411624-bureau-2024-budget";
const D003 = "210400-centre-2024-budget";

type Status = "pass" | "rounding" | "fail";
const CASES: [key: string, expected: number, actual: number, status: Status, finding?: string][] = [
  // 000 表16 lines 511-513: 331.71 + 92.58 + 24.00 = 448.29; 表3 支出预算总表 合计 line 311 基本支出小计 448.29.
  [`${D000}/T17/performance-tasks-vs-basic/T17:T03/budget`, 448.29, 448.29, "pass"],
  // 000 表17 line 555 政府采购劳务派遣工作经费 115.11 = 表9 line 495 115.11; line 576 医保基金监管经费 30.00 = line 496.
  [`${D000}/T18/performance-vs-projects/L555:T10/budget`, 115.11, 115.11, "pass"],
  [`${D000}/T18/performance-vs-projects/L576:T10/budget`, 30.0, 30.0, "pass"],
  // 000 表17: 115.11 + 30.00 = 145.11 = 表3 合计 line 311 项目支出 145.11.
  [`${D000}/T18/performance-projects-vs-functional/T03/budget`, 145.11, 145.11, "pass"],
  // 001 整体自评 (本级) lines 499-500: 年初预算收入 58.67 = 支出 58.67.
  [`${D001}/T10/performance-initial-balance/T10/budget_initial_revenue`, 58.67, 58.67, "pass"],
  // 001 line 504: 1.53 / 1.76 = 0.869318… → 86.93%, printed 87.22%.
  [`${D001}/T10/performance-rate/L504/rate`, 87.22, 86.931818, "fail", "F35"],
  // 001 line 504: 10 × 87.22% = 8.722, printed 8.72.
  [`${D001}/T10/performance-score/L504/score`, 8.72, 8.722, "rounding"],
  // 001 line 505: 10 × 87.68% = 8.768, printed 8.76 (budget and spent illegible: no rate check).
  [`${D001}/T10/performance-score/L505/score`, 8.76, 8.768, "rounding"],
  // 001 line 506: 42.63 / 50.82 = 0.8388430 → 83.88%, printed 83.89; 10 × 83.89% = 8.389, printed 8.38.
  [`${D001}/T10/performance-rate/L506/rate`, 83.89, 83.884298, "rounding"],
  [`${D001}/T10/performance-score/L506/score`, 8.38, 8.389, "rounding"],
  // 001 line 507: 10 × 0.00% = 0, printed 0.
  [`${D001}/T10/performance-score/L507/score`, 0, 0, "pass"],
  // 001 整体自评 (服务中心) line 595: 13.3 × 99.25% = 13.20025, printed 13.2.
  [`${D001}/T11/performance-score/L595/score`, 13.2, 13.20025, "rounding"],
  // 001 line 596: 5.42 / 8.29 = 0.653799… → 65.38%, printed 65.38%.
  [`${D001}/T11/performance-rate/L596/rate`, 65.38, 65.379976, "rounding"],
  // 001 项目自评 重大宣传活动经费 line 634 执行数 1.41 = 公开05表 line 378 本级 2101599 项目支出 1.41 (本级's only one).
  [`${D001}/T12/self-evaluation-vs-functional/210311-bureau:T05/spent`, 1.41, 1.41, "pass"],
  // 001 line 698: 3.36 / 10.6 = 0.316981… → 31.70%, printed 31.73%.
  [`${D001}/T13/performance-rate/L698/rate`, 31.73, 31.698113, "fail", "F36"],
  // 001 服务中心 项目支出 in 公开05表: 0.69 (line 381) + 1.52 (382) + 0.76 (386) = 2.97; self-evaluated 执行数 3.36.
  [`${D001}/T13/self-evaluation-vs-functional/210311-centre:T05/spent`, 2.97, 3.36, "fail", "F37"],
  // 002 预算11表 lines 455-460: 3,143.81 = 政府预算资金 3,143.81; = 基本 743.81 + 项目 2,400.00 = 3,143.81.
  [`${D002}/T11/performance-fund-sources/T11/budget`, 3143.81, 3143.81, "pass"],
  [`${D002}/T11/performance-structure/T11/budget`, 3143.81, 3143.81, "pass"],
  // 002 预算11表 against 预算03表 合计 line 251: 3,143.81 / 743.81 / 2,400.00.
  [`${D002}/T11/performance-vs-functional/T11:T03/budget`, 3143.81, 3143.81, "pass"],
  [`${D002}/T11/performance-vs-functional/T11:T03/basic`, 743.81, 743.81, "pass"],
  [`${D002}/T11/performance-vs-functional/T11:T03/project`, 2400.0, 2400.0, "pass"],
  // 002 预算12表 line 503: 2,400.00 = 85 + 50 + 20 + 30 + 80 + 30 + 15 + 20 + 40 + 1,300 + 730 (lines 505-541) = 2,400.
  [`${D002}/T12/performance-project-sum/T12:L503/budget`, 2400.0, 2400.0, "pass"],
  [`${D002}/T12/performance-project-sum/T12:L504/fund_government`, 2400.0, 2400.0, "pass"],
  // 002 预算12表 line 538 城乡医疗救助 1,300.00 = 预算10表 line 428 1300.00.
  [`${D002}/T12/performance-vs-projects/L538:T10/budget`, 1300.0, 1300.0, "pass"],
  // 003 表16 lines 313-316: 954.24 + 100.32 + 64.87 + 80.21 = 1,199.64 = 表3 支出预算总表 合计 line 41 基本支出 1,199.64.
  [`${D003}/T09/performance-tasks-vs-basic/T09:T02/budget`, 1199.64, 1199.64, "pass"],
  // 003 表17 ×11: 1,440 + 3,372.44 + 5.94 + 14,770 + 23,121 + 3,037 + 2,208 + 60 + 3,400 + 5,480 + 55.13 = 56,949.51
  // = 表3 合计 line 41 项目支出 56,949.51.
  [`${D003}/T10/performance-projects-vs-functional/T02/budget`, 56949.51, 56949.51, "pass"],
  // 003 表17 line 365 公务员医疗补助 3,372.44 = 表9 line 241 3372.44.
  [`${D003}/T11/performance-vs-projects/L365:T08/budget`, 3372.44, 3372.44, "pass"],
];

describe("performance identities (worked by hand)", () => {
  const report = validateDataDir("data");
  const byKey = new Map(report.checks.map((c) => [c.key, c]));
  it("validateDataDir(data) accepts the performance facts with no error", () => {
    expect(report.errors).toEqual([]);
  });
  it.each(CASES)("%s: printed %d, parts give %d (%s)", (key, expected, actual, status, finding) => {
    const check = byKey.get(key);
    expect(check, key).toBeDefined();
    expect(check?.expected).toBeCloseTo(expected, 6);
    expect(check?.actual).toBeCloseTo(actual, 6);
    expect(check?.status).toBe(status);
    expect(check?.finding_id ?? undefined).toBe(finding);
  });
  it("makes no check from an illegible cell (001 line 505: budget 8. . 445 and spent 7. . 4)", () => {
    expect(byKey.has(`${D001}/T10/performance-rate/L505/rate`)).toBe(false);
    expect(byKey.has(`${D001}/T11/performance-rate/L594/rate`)).toBe(false);
  });
});
