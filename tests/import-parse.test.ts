/**
 * The importer's table parsers on small text snippets written like the PDF conversions (tab-separated cells). The
 * expected figures are the ones printed in each snippet.
 */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/lib/import/import.ts";
import { NotAReportError, reportStage } from "../src/lib/import/report.ts";
import { readAmount } from "../src/lib/import/text.ts";
import { readCode } from "../src/lib/import/codes.ts";

const t = (...rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");
const DOC = "999999-bureau-2024-budget";

describe("readAmount(cell)", () => {
  it("keeps a blank cell blank and a printed zero a zero", () => {
    expect(readAmount("")).toEqual({ text: null, repaired: false });
    expect(readAmount("0.00")).toEqual({ text: "0.00", repaired: false });
    expect(readAmount("0")).toEqual({ text: "0", repaired: false });
  });
  it("drops thousands separators, and flags a figure printed with a stray space", () => {
    expect(readAmount("3,143.81")).toEqual({ text: "3143.81", repaired: false });
    expect(readAmount("214. 04")).toEqual({ text: "214.04", repaired: true });
  });
  it("returns null for a cell that is not a figure", () => {
    expect(readAmount("机关事业单位")).toBeNull();
    expect(readAmount("87. 22%")).toBeNull();
  });
});

describe("readCode(cells, lengths)", () => {
  it("joins 类 | 款 | 项 columns and keeps the printed form", () => {
    expect(readCode(["208", "05", "05"], [3, 5, 7])).toEqual({ printed: "208|05|05", code: "2080505", repair: null });
  });
  it("drops a leading zero and says so", () => {
    expect(readCode(["030206"], [3, 5])).toEqual({
      printed: "030206",
      code: "30206",
      repair: "leading zero of 030206 dropped",
    });
  });
  it("refuses a truncated code instead of guessing", () => {
    expect(readCode(["2080"], [3, 5, 7]).code).toBe("");
  });
});

describe("reportStage(text)", () => {
  it("reads the stage from the table titles", () => {
    expect(reportStage("收入支出决算总表\n公开01表")).toBe("final");
    expect(reportStage("收支预算总表\n表1")).toBe("budget");
  });
  it("refuses a text that is no budget or final-account report, in one line", () => {
    expect(() => reportStage("会议纪要\n今天讨论了三件事。")).toThrow(NotAReportError);
    expect(() => reportStage("会议纪要")).toThrow(/^not a budget or final-account report: /);
  });
});

const FUNCTIONAL_HEADER = [
  ["科目编码", "科目名称", "合计", "基本支出", "", "", "项目支出"],
  ["", "", "", "小计", "人员经费", "公用经费", ""],
];

describe("importReport(text): functional tables", () => {
  it("reads a table split by a page break that repeats its title and header", () => {
    const text = [
      "支出预算总表",
      "表3",
      t(...FUNCTIONAL_HEADER),
      t(["", "合计", "10.00", "8.00", "6.00", "2.00", "2.00"]),
      t(["210", "卫生健康支出", "10.00", "8.00", "6.00", "2.00", "2.00"]),
      "",
      "支出预算总表",
      "表3",
      t(...FUNCTIONAL_HEADER),
      t(["21015", "医疗保障管理事务", "10.00", "8.00", "6.00", "2.00", "2.00"]),
    ].join("\n");
    const draft = importReport(text, { document_id: DOC });
    expect(draft.tables).toHaveLength(1);
    const rows = draft.facts.functional;
    expect(rows.map((r) => [r.line, r.row_kind, r.code])).toEqual([
      ["5", "total", ""],
      ["6", "class", "210"],
      ["12", "section", "21015"],
    ]);
    expect(rows[2]).toMatchObject({
      total: "10.00",
      basic: "8.00",
      personnel: "6.00",
      public: "2.00",
      project: "2.00",
    });
  });

  it("keeps a blank cell blank and a printed 0.00 as 0.00", () => {
    const text = [
      "一般公共预算支出表",
      t(...FUNCTIONAL_HEADER),
      t(["2101501", "行政运行", "5.00", "5.00", "5.00", "", "0.00"]),
    ].join("\n");
    const [row] = importReport(text, { document_id: DOC }).facts.functional;
    expect(row).toMatchObject({ public: "", project: "0.00" });
  });

  it("gives each body of a two-unit consolidated table its rows, and puts that on the review list", () => {
    const text = [
      "支出决算表",
      t(["功能分类科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]),
      t(["", "合计", "6.00", "6.00", ""]),
      t(["2080505", "机关事业单位基本养老保险缴费支出", "1.00", "1.00", ""]),
      t(["2101501", "行政运行", "2.00", "2.00", ""]),
      t(["2080505", "机关事业单位基本养老保险缴费支出", "1.00", "1.00", ""]),
      t(["2101550", "事业运行", "2.00", "2.00", ""]),
    ].join("\n");
    const draft = importReport(text, { document_id: DOC, scopeUnits: ["999999-bureau", "999999-centre"] });
    expect(draft.facts.functional.map((r) => r.subunit_id)).toEqual([
      "",
      "999999-bureau",
      "999999-bureau",
      "999999-centre",
      "999999-centre",
    ]);
    expect(draft.review.filter((r) => r.reason === "subunit-by-position").map((r) => r.line)).toEqual([4, 6]);
  });
});

describe("importReport(text): economic tables", () => {
  it("reads a code printed with a leading zero as the 5-digit code, and lists the repair", () => {
    const text = [
      "一般公共预算基本支出表",
      t(["部门预算支出经济分类科目", "", "本年一般公共预算基本支出", "", ""]),
      t(["科目编码", "科目名称", "合计", "人员经费", "公用经费"]),
      t(["302", "商品和服务支出", "1.60", "", "1.60"]),
      t(["030206", "电费", "1.50", "", "1.50"]),
      t(["30207", "邮电费", "0.10", "", "0.10"]),
    ].join("\n");
    const draft = importReport(text, { document_id: DOC });
    expect(draft.facts.economic[1]).toMatchObject({ code_printed: "030206", code: "30206", total: "1.50" });
    expect(draft.review).toContainEqual(expect.objectContaining({ line: 5, reason: "code-repaired" }));
  });

  it("reads side-by-side 人员经费 / 公用经费 blocks of a final account", () => {
    const text = [
      "一般公共预算财政拨款基本支出决算明细表",
      t(["", "人员经费", "", "", "公用经费", ""]),
      t(["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]),
      t(["301", "工资福利支出", "9.00", "302", "商品和服务支出", "1.00"]),
      t(["", "人员经费合计", "9.00", "", "公用经费合计", "1.00"]),
    ].join("\n");
    const rows = importReport(text, { document_id: DOC }).facts.economic;
    expect(rows.map((r) => [r.section, r.row_kind, r.code, r.total])).toEqual([
      ["personnel", "class", "301", "9.00"],
      ["public", "class", "302", "1.00"],
      ["personnel", "total", "", "9.00"],
      ["public", "total", "", "1.00"],
    ]);
  });
});

describe("importReport(text): summaries, 三公, projects", () => {
  it("reads both sides of a 收支总表, blank cells included", () => {
    const text = [
      "收支预算总表",
      t(["收 入", "", "支 出", ""]),
      t(["项 目", "预算数", "项 目", "预算数"]),
      t(["一、一般公共预算拨款收入", "12.00", "一、卫生健康支出", "12.00"]),
      t(["二、政府性基金预算拨款收入", "", "", ""]),
      t(["收 入 总 计", "12.00", "支 出 总 计", "12.00"]),
    ].join("\n");
    const rows = importReport(text, { document_id: DOC }).facts.summary;
    expect(rows.map((r) => [r.line, r.side, r.item, r.code, r.amount])).toEqual([
      ["4", "income", "general_budget", "", "12.00"],
      ["4", "expenditure", "class", "210", "12.00"],
      ["5", "income", "government_fund", "", ""],
      ["6", "income", "grand_total", "", "12.00"],
      ["6", "expenditure", "grand_total", "", "12.00"],
    ]);
  });

  it("reads a 三公 table printed across, as budget figures of a budget report", () => {
    const text = [
      "财政拨款预算“三公”经费支出表",
      t(["“三公”经费合计", "因公出国（境）费", "公务用车购置及运行费", "", "", "公务接待费"]),
      t(["", "", "小计", "公务用车购置费", "公务用车运行费", ""]),
      t(["2.00", "", "1.80", "", "1.80", "0.20"]),
    ].join("\n");
    const rows = importReport(text, { document_id: DOC }).facts.three_public;
    expect(rows.map((r) => [r.item, r.measure, r.amount])).toEqual([
      ["total", "budget", "2.00"],
      ["overseas", "budget", ""],
      ["vehicle", "budget", "1.80"],
      ["vehicle_purchase", "budget", ""],
      ["vehicle_operation", "budget", "1.80"],
      ["reception", "budget", "0.20"],
    ]);
  });

  it("lists projects without the total and body rows", () => {
    const text = [
      "2024年项目支出表",
      t(["类型", "项目名称", "项目单位", "合计", "本年拨款"]),
      t(["", "", "", "", "一般公共预算"]),
      t(["", "", "", "30.00", "30.00"]),
      t(["", "306", "某县医疗保障局", "30.00", "30.00"]),
      t(["特定目标类", "医疗救助", "某县医疗保障局", "30.00", "30.00"]),
    ].join("\n");
    const rows = importReport(text, { document_id: DOC }).facts.projects;
    expect(rows).toEqual([expect.objectContaining({ line: "6", category: "特定目标类", amount: "30.00" })]);
  });

  it("reads a page holding a cut-short title and only headings as a continuation, and imports no project from it", () => {
    const text = [
      "项目支出预算表",
      t(["单位名称", "项目名称", "项目内容", "总计", "本年收入", ""]),
      t(["", "", "", "", "合计", "一般公共预算"]),
      t(["", "医保基金运行费", "办公耗材", "5.94", "5.94", "5.94"]),
      "# 项目支出预",
      t(["上年结转结余", "", "", ""]),
      t(["政府性基金预算", "国有资本经营预算", "财政专户管理资金", "单位资金"]),
    ].join("\n");
    const draft = importReport(text, { document_id: DOC });
    expect(draft.tables).toHaveLength(1);
    expect(draft.facts.projects).toEqual([
      expect.objectContaining({ line: "4", name: "医保基金运行费", amount: "5.94", amount_general_budget: "5.94" }),
    ]);
  });

  it("lists a performance table as recognised but not imported, and an unknown title as unrecognised", () => {
    const text = ["部门（单位）整体绩效目标表", t(["年度主要任务", "1.00"]), "某某统计表", t(["甲", "2.00"])].join(
      "\n",
    );
    const draft = importReport(text.replace("某某统计表", "某某统计表\n收支预算总表"), { document_id: DOC });
    expect(draft.review.map((r) => r.reason)).toContain("not-imported");
    const other = importReport(`收支预算总表\n${text}`, { document_id: DOC });
    expect(other.review).toContainEqual(expect.objectContaining({ reason: "unrecognised-table", line: 4 }));
  });
});
