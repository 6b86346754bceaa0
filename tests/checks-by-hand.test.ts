/**
 * Accounting identities worked out by hand from the source texts in /work/shared/seeds/ (not from data/ and not from
 * the validator), checked against the checks.csv the build writes for each report. Every figure below was read off the
 * printed lines named in its comment and added up by a person; `expected` is the printed whole, `actual` the sum of the
 * printed parts (blank cells count as nothing), `status` what that comparison gives: equal (pass), off by no more than
 * the 尾差 of half a cent per figure involved (rounding), or off by more (fail, explained by a finding).
 *
 * Source files: 000 = 000_40f2de11a2278ee4.txt (鞍山市医疗保障局本级 2024 预算), 001 = 001_d0c77a329ce627f3.txt
 * (千山区医疗保障局 + 服务中心 2024 决算), 002 = 002_7cae605de1a9dcbd.txt (沈丘县医疗保障局 2024 预算),
 * 003 = 003_abee6ec0de6ec728.txt (抚顺市医疗保障事务服务中心 2024 预算).
 */
import { describe, expect, it } from "vitest";
import { ROOT_OUT } from "./setup/global.ts";
import { reportChecksLines } from "./setup/unit-downloads.ts";

const D000 = "210300-bureau-2024-budget";
const D001 = "210311-bureau-2024-final";
const D002 = "411624-bureau-2024-budget";
const D003 = "210400-centre-2024-budget";

type Status = "pass" | "rounding" | "fail";
interface HandCheck {
  doc: string;
  table: string;
  rule: string;
  subject: string;
  column: string;
  line: number;
  expected: number;
  actual: number;
  status: Status;
  finding?: string;
}

const hand = (
  doc: string,
  table: string,
  rule: string,
  subject: string,
  column: string,
  line: number,
  expected: number,
  actual: number,
  status: Status,
  finding?: string,
): HandCheck => ({
  doc,
  table,
  rule,
  subject,
  column,
  line,
  expected,
  actual,
  status,
  ...(finding ? { finding } : {}),
});

const CASES: HandCheck[] = [
  // ── 000 鞍山市医疗保障局本级 2024 预算 ─────────────────────────────────────────────────────────────────────────
  // 000, 表5 一般公共预算支出表 (T05), 合计 line 371: 合计 593.40 = 基本支出 448.29 + 项目支出 145.11 = 593.40.
  hand(D000, "T05", "row-split", "L371", "total", 371, 593.4, 593.4, "pass"),
  // 000, 表5 line 371: 基本支出小计 448.29 = 人员经费 424.29 + 公用经费 24.00 = 448.29.
  hand(D000, "T05", "row-split", "L371", "basic", 371, 448.29, 448.29, "pass"),
  // 000, 表5 类 210 卫生健康支出 line 376: 488.40 = 款 21011 16.12 (line 377) + 款 21015 472.28 (line 380) = 488.40.
  hand(D000, "T05", "class-sum", "210", "total", 376, 488.4, 488.4, "pass"),
  // 000, 表5 合计 line 371 vs its 类 rows: 208 44.71 (372) + 210 488.40 (376) + 221 60.29 (383) = 593.40.
  hand(D000, "T05", "total-sum", "total", "total", 371, 593.4, 593.4, "pass"),
  // 000, 表6 一般公共预算基本支出表 (T06), 302 商品和服务支出 line 419: 45.33 = 3.53 + 0.10 + 1.50 + 1.00 + 0.20
  // (lines 420-424) + 0.10 + 0.20 + 4.32 + 1.80 + 21.33 + 11.25 (lines 436-441) = 45.33.
  hand(D000, "T06", "class-sum", "302", "total", 419, 45.33, 45.33, "pass"),
  // 000, 表6 合计 line 410, 人员经费 424.29 = 301 402.39 (411) + 302 21.33 (419) + 303 0.57 (442) = 424.29.
  hand(D000, "T06", "total-sum", "total", "personnel", 410, 424.29, 424.29, "pass"),
  // 000, 表7 财政拨款预算“三公”经费支出表 (T07) line 456: 合计 2.00 = 因公出国(境) blank + 公务用车购置及运行 1.80
  // + 公务接待 0.20 = 2.00.
  hand(D000, "T07", "three-public-sum", "total:budget", "amount", 456, 2, 2, "pass"),
  // 000, 表7 line 456: 公务用车购置及运行费 1.80 = 购置费 blank + 运行费 1.80.
  hand(D000, "T07", "vehicle-sum", "vehicle:budget", "amount", 456, 1.8, 1.8, "pass"),
  // 000, 表1 收支预算总表 (T01) line 297: 本年支出合计 593.40 = 社会保障和就业 44.71 (287) + 卫生健康 488.40 (288)
  // + 住房保障 60.29 (289) = 593.40.
  hand(D000, "T01", "expenditure-sum", "L297", "amount", 297, 593.4, 593.4, "pass"),
  // 000, 表1 line 299: 收入总计 593.40 = 支出总计 593.40.
  hand(D000, "T01", "balance", "L299", "amount", 299, 593.4, 593.4, "pass"),

  // ── 001 千山区医疗保障局 + 千山区医疗保障服务中心 2024 决算 (汇总; rows of the two bodies in turn) ───────────────
  // 001, 公开03表 支出决算表 (T03), 合计 line 288 prints 本年支出合计 214.04, 基本支出 214.04, 项目支出 4.38:
  // basic + project = 214.04 + 4.38 = 218.42 ≠ 214.04 (off by 4.38). Source contradiction, finding F07.
  hand(D001, "T03", "row-split", "L288", "total", 288, 214.04, 218.42, "fail", "F07"),
  // 001, 公开03表 基本支出 column, lines 289-303 (14 printed cells; line 294 blank): 4.96 + 1.90 + 1.03 + 0.02 + 39.98
  // + 3.97 + 16.05 + 0.38 + 0.68 + 6.21 + 0.06 + 118.94 + 2.60 + 12.85 = 209.63 ≠ printed 214.04. Finding F07.
  // (公开05表 line 372 prints 209.66 for the same basic total, and 公开06表 198.29 + 11.37 = 209.66.)
  hand(D001, "T03", "total-sum", "total", "basic", 288, 214.04, 209.63, "fail", "F07"),
  // 001, 公开03表 本年支出合计 column, lines 289-303 (15 cells): 4.96 + 1.90 + 1.03 + 0.02 + 39.98 + 1.41 + 3.97
  // + 16.05 + 1.07 + 2.20 + 6.21 + 0.06 + 118.94 + 3.36 + 12.85 = 214.01 vs 214.04: 0.03 over 16 figures, 尾差.
  hand(D001, "T03", "total-sum", "total", "total", 288, 214.04, 214.01, "rounding"),
  // 001, 公开03表 项目支出 column: 1.41 (294) + 0.69 (297) + 1.52 (298) + 0.76 (302) = 4.38 = printed 4.38 (288).
  hand(D001, "T03", "total-sum", "total", "project", 288, 4.38, 4.38, "pass"),
  // 001, 公开05表 一般公共预算财政拨款支出决算表 (T05), 合计 line 372: 小计 214.04 = 基本 209.66 + 项目 4.38 = 214.04.
  hand(D001, "T05", "row-split", "L372", "total", 372, 214.04, 214.04, "pass"),
  // 001, 公开05表 基本支出 column, lines 373-387 (same 14 figures as 公开03表) = 209.63 vs printed 209.66: 尾差.
  hand(D001, "T05", "total-sum", "total", "basic", 372, 209.66, 209.63, "rounding"),
  // 001, 公开05表 小计 column, lines 373-387 = 214.01 vs printed 214.04: 0.03 over 16 figures, 尾差.
  hand(D001, "T05", "total-sum", "total", "total", 372, 214.04, 214.01, "rounding"),
  // 001, 公开06表 基本支出决算明细表 (T06), 人员经费合计 line 435: 198.29 = 301 192.82 (403) + 303 5.47 (417) = 198.29.
  hand(D001, "T06", "total-sum", "total:personnel", "total", 435, 198.29, 198.29, "pass"),
  // 001, 公开06表 301 工资福利支出 192.82 (line 403) vs its items lines 404-414: 71.41 + 11.92 + 8.30 + 53.2 + 21.01
  // + 8.11 + 1.03 + 1.0 + 16.82 = 192.80: 0.02 over 10 figures, 尾差.
  hand(D001, "T06", "class-sum", "301:personnel", "total", 403, 192.82, 192.8, "rounding"),
  // 001, 公开06表 302 商品和服务支出 11.37 (line 403) vs items lines 404-430: 1.75 + 1.18 + 0.08 + 0.60 + 1.06 + 2.29
  // + 1.06 + 3.05 + 0.30 = 11.37.
  hand(D001, "T06", "class-sum", "302:public", "total", 403, 11.37, 11.37, "pass"),
  // 001, 公开05表 基本支出 209.66 (line 372) vs 公开06表 人员经费合计 198.29 + 公用经费合计 11.37 (line 435) = 209.66.
  hand(D001, "T05", "basic-vs-economic", "T06", "basic", 372, 209.66, 209.66, "pass"),
  // 001, 公开01表 收入支出决算总表 (T01) line 238: 本年支出合计 214.04 vs 社会保障和就业 24.28 (219) + 卫生健康
  // 172.93 (220) + 住房保障 16.82 (230) = 214.03: 0.01, 尾差.
  hand(D001, "T01", "expenditure-sum", "L238", "amount", 238, 214.04, 214.03, "rounding"),
  // 001, 公开09表 “三公”经费支出决算明细表 (T09) line 478: 决算数合计 1.06 = 因公出国 blank (479) + 公务接待 blank
  // (480) + 公务用车购置及运行费 1.06 (481) = 1.06.
  hand(D001, "T09", "three-public-sum", "total:final", "amount", 478, 1.06, 1.06, "pass"),
  // 001, 公开09表 line 481: 公务用车购置及运行费 决算 1.06 = 运行维护费 1.06 (482) + 购置费 blank (483).
  hand(D001, "T09", "vehicle-sum", "vehicle:final", "amount", 481, 1.06, 1.06, "pass"),

  // ── 002 沈丘县医疗保障局 2024 预算 (only 项 rows, 类|款|项 in separate columns; 人员经费/公用经费 are group
  // headers over 工资福利支出 + 对个人和家庭的补助 / 商品和服务支出 + 资本性支出) ─────────────────────────────
  // 002, 预算05表 一般公共预算支出情况表 (T05), unlabelled 合计 line 325: 合计 3,143.81 = 基本 743.81 + 项目
  // 2,400.00 = 3,143.81.
  hand(D002, "T05", "row-split", "L325", "total", 325, 3143.81, 3143.81, "pass"),
  // 002, 预算05表 line 325: 项目支出 2,400.00 = 其他运转类 370.00 + 特定目标类 2,030.00 = 2,400.00.
  hand(D002, "T05", "row-split", "L325", "project", 325, 2400, 2400, "pass"),
  // 002, 预算05表 合计 column, 项 lines 327-334: 57.36 + 3.69 + 22.14 + 2.21 + 2,030.00 + 915.75 + 85.00 + 27.66
  // = 3,143.81.
  hand(D002, "T05", "total-sum", "total", "total", 325, 3143.81, 3143.81, "pass"),
  // 002, 预算05表 基本支出 column, lines 327-334 (6 cells): 57.36 + 3.69 + 22.14 + 2.21 + 630.75 + 27.66 = 743.81.
  hand(D002, "T05", "total-sum", "total", "basic", 325, 743.81, 743.81, "pass"),
  // 002, 预算05表 项目支出 column: 2,030.00 (331) + 285.00 (332) + 85.00 (333) = 2,400.00.
  hand(D002, "T05", "total-sum", "total", "project", 325, 2400, 2400, "pass"),
  // 002, 预算06表 一般公共预算基本支出表 (T06) line 349, 人员经费 729.89 = 57.36 + 4.24 + 23.80 + 8.21 + 50.39
  // + 274.06 + 12.74 + 41.43 + 230.00 (lines 350-358) + 27.66 (364) = 729.89.
  hand(D002, "T06", "total-sum", "total", "personnel", 349, 729.89, 729.89, "pass"),
  // 002, 预算06表 line 349, 公用经费 13.92 = 6.20 (359) + 5.60 (361) + 1.12 (362) + 1.00 (363) = 13.92.
  hand(D002, "T06", "total-sum", "total", "public", 349, 13.92, 13.92, "pass"),
  // 002, 预算01表 部门收支总体情况表 (T01) line 215: 本年支出合计 3,143.81 = 社会保障和就业 61.05 (192) + 卫生健康
  // 3,055.10 (194) + 住房保障 27.66 (204) = 3,143.81.
  hand(D002, "T01", "expenditure-sum", "L215", "amount", 215, 3143.81, 3143.81, "pass"),
  // 002, 预算03表 (T03) line 251 基本支出 743.81 vs 预算06表 合计 743.81 (line 349).
  hand(D002, "T03", "basic-vs-economic", "T06", "basic", 251, 743.81, 743.81, "pass"),

  // ── 003 抚顺市医疗保障事务服务中心 2024 预算 ───────────────────────────────────────────────────────────────────
  // 003, 表5 一般公共预算支出表 (T04), 合计 line 107: 58,149.15 = 基本 1,199.64 + 项目 56,949.51 = 58,149.15.
  hand(D003, "T04", "row-split", "L107", "total", 107, 58149.15, 58149.15, "pass"),
  // 003, 表5 line 107: 基本支出 1,199.64 = 人员经费 1,054.56 + 公用经费 145.08 = 1,199.64.
  hand(D003, "T04", "row-split", "L107", "basic", 107, 1199.64, 1199.64, "pass"),
  // 003, 表5 类 210 line 113, 合计 57,918.77 = 款 21011 3,429.76 (114) + 21012 43,371.00 (117) + 21013 8,645.00 (119)
  // + 21015 1,033.01 (133, after the page break) + 21099 1,440.00 (136) = 57,918.77.
  hand(D003, "T04", "class-sum", "210", "total", 113, 57918.77, 57918.77, "pass"),
  // 003, 表5 类 210 line 113, 项目支出 56,949.51 = 3,372.44 (114) + 43,371.00 (117) + 8,645.00 (119) + 121.07 (133)
  // + 1,440.00 (136) = 56,949.51.
  hand(D003, "T04", "class-sum", "210", "project", 113, 56949.51, 56949.51, "pass"),
  // 003, 表5 合计 line 107 vs 类 rows: 208 138.46 (108) + 210 57,918.77 (113) + 221 91.92 (138) = 58,149.15.
  hand(D003, "T04", "total-sum", "total", "total", 107, 58149.15, 58149.15, "pass"),
  // 003, 表6 一般公共预算基本支出表 (T05) 合计 line 154: 1,199.64 = 301 1,029.43 (155) + 302 160.20 (165) + 303 10.01
  // (186) = 1,199.64.
  hand(D003, "T05", "total-sum", "total", "total", 154, 1199.64, 1199.64, "pass"),
  // 003, 表6 302 line 165: 160.20 = 21.65 + 3.00 + 3.26 (166-168) + 14.00 + 80.21 + 14.36 + 4.35 + 15.12 + 4.25
  // (180-185) = 160.20.
  hand(D003, "T05", "class-sum", "302", "total", 165, 160.2, 160.2, "pass"),
  // 003, 表7 财政拨款预算“三公”经费支出表 (T06) line 200: 合计 4.35 = 因公出国 blank + 公务用车购置及运行 4.35
  // + 公务接待 blank = 4.35.
  hand(D003, "T06", "three-public-sum", "total:budget", "amount", 200, 4.35, 4.35, "pass"),
  // 003, 表7 line 200: 公务用车购置及运行费 4.35 = 购置费 blank + 运行费 4.35.
  hand(D003, "T06", "vehicle-sum", "vehicle:budget", "amount", 200, 4.35, 4.35, "pass"),
  // 003, 表1 收支预算总表 (T01) line 25: 本年支出合计 58,149.15 = 138.46 (15) + 57,918.77 (16) + 91.92 (17) = 58,149.15.
  hand(D003, "T01", "expenditure-sum", "L25", "amount", 25, 58149.15, 58149.15, "pass"),
  // 001, 公开04表 财政拨款收入支出决算总表 (T04) line 355 prints 总计 214.04 on the income side and 总计 214.04
  // (its 合计 column) on the spending side: income and spending are printed in different columns, and balance.
  hand(D001, "T04", "balance", "L355", "amount", 355, 214.04, 214.04, "pass"),
  // 002, 预算04表 2024年财政拨款收支总体情况表 (T04) line 309: 收入合计 3,143.81 = 支出合计 3,143.81.
  hand(D002, "T04", "balance", "L309", "amount", 309, 3143.81, 3143.81, "pass"),
  // 002 预算05表 prints 人员经费 and 公用经费 only as headings over 工资福利支出, 对个人和家庭的补助, 商品和服务支出 and
  // 资本性支出, so basic is checked against those four columns.
  // 002, 预算05表 (T05) line 325: 基本支出 743.81 = 工资福利支出 721.68 + 对个人和家庭 blank + 商品和服务支出 22.13
  // + 资本性支出 blank = 743.81.
  hand(D002, "T05", "row-split", "L325", "basic", 325, 743.81, 743.81, "pass"),
  // 002, 预算05表 line 332 行政运行: 基本支出 630.75 = 608.62 + 22.13 = 630.75.
  hand(D002, "T05", "row-split", "L332", "basic", 332, 630.75, 630.75, "pass"),
  // ── Totals, body rows and figures printed in two tables ─────────────────────────────────────────────────────
  // 001, 公开04表 (T04) line 355, spending 总计 in the 一般公共预算财政拨款 column: 214.04 = 本年支出合计 214.04
  // (line 350) + 年末财政拨款结转和结余 blank (line 351) = 214.04.
  hand(D001, "T04", "grand-total", "L355/expenditure", "general_budget", 355, 214.04, 214.04, "pass"),
  // 002, 预算04表 (T04) line 309, 支出合计 in the 其中：财政拨款 column: 3,143.81 = 一、本年支出 3,143.81 (line 276) +
  // 二、年终结转结余 blank (line 308) = 3,143.81.
  hand(D002, "T04", "grand-total", "L309/expenditure", "general_budget_fiscal", 309, 3143.81, 3143.81, "pass"),
  // 002, 预算02表 收入总体情况表 (T02) line 233, the unlabelled total row: 总计 3,143.81 = the 部门 row 306
  // 沈丘县医疗保障局 3,143.81 (line 234).
  hand(D002, "T02", "body-rows", "L233", "total", 233, 3143.81, 3143.81, "pass"),
  // 002, 预算02表 line 234, 部门 306: 其中：财政拨款 3,143.81 = its 单位 row 306001 3,143.81 (line 235).
  hand(D002, "T02", "body-rows", "L234", "general_budget_fiscal", 234, 3143.81, 3143.81, "pass"),
  // 002, 预算02表 line 235: 总计 3,143.81 = 一般公共预算 小计 3,143.81 (the other source columns blank; 其中：财政拨款
  // is part of 小计, not added).
  hand(D002, "T02", "revenue-row", "L235", "total", 235, 3143.81, 3143.81, "pass"),
  // 002, 其中：财政拨款 income: 预算04表 line 278 3,143.81 = 预算01表 line 186 3,143.81.
  hand(D002, "T04", "same-figure", "T01", "general_budget_fiscal", 278, 3143.81, 3143.81, "pass"),
  // 001, 公开02表 line 265 (the centre's 2080 机关事业单位基本…): 本年收入合计 16.05 = 财政拨款收入 16.05.
  hand(D001, "T02", "revenue-row", "L265", "total", 265, 16.05, 16.05, "pass"),
];

type Row = Record<string, string>;
const checks = (doc: string): Row[] => {
  const [header = "", ...lines] = reportChecksLines(ROOT_OUT, doc);
  const cols = header.split(",");
  return lines.map((l) => {
    expect(l).not.toContain('"'); // no quoted fields in checks.csv, so a plain split is exact
    const cells = l.split(",");
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ""]));
  });
};

const name = (c: HandCheck) =>
  `${c.doc} ${c.table} ${c.rule} ${c.subject} ${c.column}: ${c.expected} vs ${c.actual} → ${c.status}`;

function assertCheck(c: HandCheck): void {
  const key = [c.doc, c.table, c.rule, c.subject, c.column].join("/");
  const row = checks(c.doc).find((r) => r["key"] === key);
  expect(row, `no check ${key}`).toBeDefined();
  expect({
    table_id: row?.["table_id"],
    rule: row?.["rule"],
    column: row?.["column"],
    line: Number(row?.["line"]),
    expected: Number(row?.["expected"]),
    actual: Number(row?.["actual"]),
    status: row?.["status"],
  }).toEqual({
    table_id: c.table,
    rule: c.rule,
    column: c.column,
    line: c.line,
    expected: c.expected,
    actual: c.actual,
    status: c.status,
  });
  if (c.status === "fail") expect(row?.["finding_id"]).toBe(c.finding);
}

describe("checks.csv agrees with identities computed by hand from the source texts", () => {
  it.each(CASES.map((c) => [name(c), c] as const))("%s", (_, c) => assertCheck(c));

  it("every report has at least four hand-computed identities", () => {
    for (const doc of [D000, D001, D002, D003])
      expect(CASES.filter((c) => c.doc === doc).length).toBeGreaterThanOrEqual(4);
  });

  // 002, 预算08表 一般公共预算“三公”经费支出情况表 (lines 380-396) prints only its header (lines 389-390) and says
  // (line 396) there is no 三公 spending: there is nothing to add up, so no 三公 identity may be reported as checked.
  it("002's 三公 table is printed empty, so it has no 三公 checks", () => {
    expect(checks(D002).filter((r) => r["rule"] === "three-public-sum" || r["rule"] === "vehicle-sum")).toEqual([]);
  });
});
