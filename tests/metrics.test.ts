/**
 * Metric functions against figures computed by hand from the source documents (file, table, line given per case).
 * Fixtures for not-disclosed / blank / zero cases are built by editing a copy of one document's facts.
 */
import { describe, expect, it } from "vitest";
import * as passThrough from "../src/lib/model/metrics/pass-through.ts";
import * as personnel from "../src/lib/model/metrics/personnel.ts";
import * as threePublic from "../src/lib/model/metrics/three-public.ts";
import * as totals from "../src/lib/model/metrics/totals.ts";
import { factsByDocument, type DocFacts } from "../src/lib/data/facts.ts";
import { computeMetrics, formatMetricValue, priorFromNarrative } from "../src/lib/model/metrics/index.ts";
import type { MetricValue } from "../src/lib/model/metrics/values.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const report = validateDataDir("data");
const data = report.data;
if (!data) throw new Error("data/ must validate");
const facts = factsByDocument(data);
const doc = (id: string): DocFacts => {
  const f = facts.get(id);
  if (!f) throw new Error(id);
  return f;
};
const ANSHAN = "210300-bureau-2024-budget";
const QIANSHAN = "210311-bureau-2024-final";
const SHENQIU = "411624-bureau-2024-budget";
const FUSHUN = "210400-centre-2024-budget";
const d = { ...totals, ...personnel, ...passThrough, ...threePublic };
const value = (v: MetricValue) => (v.state === "value" ? v.value : v.state);

describe("metric functions on the four documents", () => {
  it.each([
    // 000 表3 line 311: 合计 593.40 = 基本 448.29 + 项目 145.11
    ["totalExpenditure(000)", d.totalExpenditure, ANSHAN, 593.4],
    ["basicExpenditure(000)", d.basicExpenditure, ANSHAN, 448.29],
    ["projectExpenditure(000)", d.projectExpenditure, ANSHAN, 145.11],
    // 000 表6 line 410: 人员经费 424.29 (includes 30239 其他交通费用 21.33, line 440); 公用经费 24.00
    ["personnelExpenseReported(000)", d.personnelExpenseReported, ANSHAN, 424.29],
    ["publicExpenseReported(000)", d.publicExpenseReported, ANSHAN, 24],
    // 000 表6 lines 411, 442: 301 402.39 + 303 0.57 = 402.96 (equals the narrative, line 175)
    ["personnelExpenseEcon(000)", d.personnelExpenseEcon, ANSHAN, 402.96],
    // 001 公开05表 line 372 (headline table): 214.04 / 209.66 / 4.38
    ["totalExpenditure(001)", d.totalExpenditure, QIANSHAN, 214.04],
    ["basicExpenditure(001)", d.basicExpenditure, QIANSHAN, 209.66],
    // 001 公开06表 line 435: 人员经费合计 198.29, 公用经费合计 11.37; 301 192.82 + 303 5.47 = 198.29
    ["personnelExpenseReported(001)", d.personnelExpenseReported, QIANSHAN, 198.29],
    ["publicExpenseReported(001)", d.publicExpenseReported, QIANSHAN, 11.37],
    ["personnelExpenseEcon(001)", d.personnelExpenseEcon, QIANSHAN, 198.29],
    // 001 公开05表 line 375: 2101103 公务员医疗补助 1.03 (basic, the bodies' own staff) → not pass-through
    ["civilServantMedicalSubsidy(001)", d.civilServantMedicalSubsidy, QIANSHAN, 1.03],
    // … its basic column (the staff contribution) is 1.03: own operations
    ["civilServantMedicalSubsidyOwn(001)", d.civilServantMedicalSubsidyOwn, QIANSHAN, 1.03],
    ["passThroughTotal(001)", d.passThroughTotal, QIANSHAN, 0],
    // 002 预算06表 line 349: 743.81 = 729.89 + 13.92; items 301xx + 303xx = 721.68 (预算03表 工资福利支出)
    ["personnelExpenseReported(002)", d.personnelExpenseReported, SHENQIU, 729.89],
    ["personnelExpenseEcon(002)", d.personnelExpenseEcon, SHENQIU, 721.68],
    // 002 预算03表 line 257: 2101301 城乡医疗救助 2,030.00 (project, 特定目标类)
    ["medicalAssistance(002)", d.medicalAssistance, SHENQIU, 2030],
    ["passThroughTotal(002)", d.passThroughTotal, SHENQIU, 2030],
    // 002: 3,143.81 − 2,030.00 = 1,113.81
    ["ownOperationsTotal(002)", d.ownOperationsTotal, SHENQIU, 1113.81],
    // 003 表3: 21012 43,371.00; 21013 8,645.00; 2101103 3,372.44; 表9 离休干部医药费 1,440.00 under 2109999
    ["insuranceFundSubsidy(003)", d.insuranceFundSubsidy, FUSHUN, 43371],
    ["medicalAssistance(003)", d.medicalAssistance, FUSHUN, 8645],
    ["civilServantMedicalSubsidy(003)", d.civilServantMedicalSubsidy, FUSHUN, 3372.44],
    // 003 表3 line 50: 2101103 公务员医疗补助 3,372.44 in the total and the project column (basic empty): passed on
    ["civilServantMedicalSubsidyPassedOn(003)", d.civilServantMedicalSubsidyPassedOn, FUSHUN, 3372.44],
    // 000 表3 and 002 预算03表 print no 2101103 row in complete tables: 0 (derived)
    ["civilServantMedicalSubsidyPassedOn(000)", d.civilServantMedicalSubsidyPassedOn, ANSHAN, 0],
    ["civilServantMedicalSubsidyOwn(002)", d.civilServantMedicalSubsidyOwn, SHENQIU, 0],
    // 43,371 + 8,645 + 3,372.44 + 1,440 = 56,828.44; own operations 58,149.15 − 56,828.44 = 1,320.71
    ["passThroughTotal(003)", d.passThroughTotal, FUSHUN, 56828.44],
    ["ownOperationsTotal(003)", d.ownOperationsTotal, FUSHUN, 1320.71],
    // 三公: 000 表7 line 456 total 2.00, reception 0.20, vehicle operation 1.80; 001 公开09表 line 478 1.06 / 1.06
    ["threePublic(000,total)", (f: DocFacts) => d.threePublic(f, "total"), ANSHAN, 2],
    ["threePublic(000,reception)", (f: DocFacts) => d.threePublic(f, "reception"), ANSHAN, 0.2],
    ["threePublic(000,vehicle_operation)", (f: DocFacts) => d.threePublic(f, "vehicle_operation"), ANSHAN, 1.8],
    ["threePublic(001,total,final)", (f: DocFacts) => d.threePublic(f, "total"), QIANSHAN, 1.06],
    ["threePublic(003,total)", (f: DocFacts) => d.threePublic(f, "total"), FUSHUN, 4.35],
  ] as const)("%s = %s", (_name, fn, id, expected) => {
    expect(value(fn(doc(id)))).toBeCloseTo(expected, 6);
  });

  it.each([
    // 424.29 / 448.29; 402.96 / 448.29; 424.29 / 593.40
    ["personnelShareOfBasic(000)", d.personnelShareOfBasic, ANSHAN, 424.29 / 448.29],
    ["personnelShareOfBasicEcon(000)", d.personnelShareOfBasicEcon, ANSHAN, 402.96 / 448.29],
    ["personnelShareOfTotal(000)", d.personnelShareOfTotal, ANSHAN, 424.29 / 593.4],
    // 003: 1,054.56 / 1,320.71 — the centre looks thrifty against its total (1.8 %) but not against own operations
    ["personnelShareOfTotal(003)", d.personnelShareOfTotal, FUSHUN, 1054.56 / 58149.15],
    ["personnelShareOfOwnOperations(003)", d.personnelShareOfOwnOperations, FUSHUN, 1054.56 / 1320.71],
    ["threePublicShareOfBasic(000)", d.threePublicShareOfBasic, ANSHAN, 2 / 448.29],
    ["threePublicExecutionRate(001)", d.threePublicExecutionRate, QIANSHAN, 1.06 / 1.06],
  ] as const)("%s = %s", (_name, fn, id, expected) => {
    expect(value(fn(doc(id)))).toBeCloseTo(expected, 10);
  });

  it("threePublic(002) is 'stated_zero': 预算08表 is printed with no figures and the text states 0.00", () => {
    // 002 line 396 说明：本部门2024年度没有一般公共预算“三公”经费支出，故本表无数据。
    // 002 line 104 …2024 年“三公”经费预算为 0.00 万元。
    expect(d.threePublic(doc(SHENQIU), "total").state).toBe("stated_zero");
  });

  it("civilServantMedicalSubsidyPassedOn(001) is 'blank': 公开05表 line 375 prints 1.03 as basic, the project cell is empty", () => {
    expect(d.civilServantMedicalSubsidyPassedOn(doc(QIANSHAN)).state).toBe("blank");
    // 003 表3 line 50 prints no basic figure for 2101103
    expect(d.civilServantMedicalSubsidyOwn(doc(FUSHUN)).state).toBe("blank");
  });

  it("passThroughTotal(003) counts the 离休干部医药费 project (表9 line 229, 1,440.00 under 2109999; line 351 总体目标 按时拨付离休干部医药费)", () => {
    const f = doc(FUSHUN);
    const without = { ...f, projects: f.projects.filter((p) => !p.name.includes("离休")) };
    expect(value(d.passThroughTotal(f))).toBeCloseTo(56828.44, 6);
    expect(value(d.passThroughTotal(without))).toBeCloseTo(56828.44 - 1440, 6);
  });

  it("threePublic is 'blank' for a table printed empty whose text states no figure", () => {
    const f = doc(SHENQIU);
    expect(d.threePublic({ ...f, claims: [] }, "total").state).toBe("blank");
  });

  it("threePublic(000, overseas) is 'blank' (empty cell), while a printed 0 would be 0", () => {
    expect(d.threePublic(doc(ANSHAN), "overseas").state).toBe("blank");
  });

  it("threePublicExecutionRate(budget) is not applicable: budgets print no final column", () => {
    expect(d.threePublicExecutionRate(doc(ANSHAN)).state).toBe("not_applicable");
  });

  it("personnelExpenseReported is not disclosed when the document has no economic table", () => {
    const f = { ...doc(ANSHAN), economicTable: null, economic: [] };
    expect(d.personnelExpenseReported(f).state).toBe("not_disclosed");
    expect(d.personnelShareOfBasic(f).state).toBe("not_disclosed");
  });

  it("medicalAssistance is a derived 0 when a complete functional table has no 21013 row (000)", () => {
    const v = d.medicalAssistance(doc(ANSHAN));
    expect(v).toMatchObject({ state: "value", value: 0, basis: "derived" });
  });

  it("totalExpenditure is not disclosed without a functional table", () => {
    expect(d.totalExpenditure({ ...doc(ANSHAN), functionalTable: null, functional: [] }).state).toBe("not_disclosed");
  });
});

describe("prior years and year on year", () => {
  const rows = computeMetrics(data);
  const find = (unit: string, year: number, metric: string) =>
    rows.find((r) => r.unit_id === unit && r.fiscal_year === year && r.metric === metric);

  it("000: 2023 total = 593.4 − 5.13 = 588.27 from the text (line 163), yoy = 5.13 / 588.27", () => {
    expect(find("210300-bureau", 2023, "total_expenditure")?.result).toMatchObject({
      state: "value",
      value: 588.27,
      basis: "narrative",
    });
    const yoy = find("210300-bureau", 2024, "total_expenditure_yoy")?.result;
    expect(yoy?.state === "value" && yoy.value).toBeCloseTo(5.13 / 588.27, 10);
  });

  it("000: 2023 三公 budget = 2 + 0.2 = 2.20 (line 183)", () => {
    expect(find("210300-bureau", 2023, "three_public_total")?.result).toMatchObject({ value: 2.2, basis: "narrative" });
  });

  it("001: 2023 final total = 214.04 − 13.98 = 200.06 (line 94); stage stays final", () => {
    expect(find("210311-bureau", 2023, "total_expenditure")).toMatchObject({
      stage: "final",
      result: { value: 200.06 },
    });
  });

  it("002: 2023 budget total = 3,143.81 + 2,606.01 = 5,749.82 (line 78)", () => {
    expect(find("411624-bureau", 2023, "total_expenditure")?.result).toMatchObject({ value: 5749.82 });
  });

  it("003 has no narrative, so no prior year and no yoy", () => {
    expect(
      rows.filter((r) => r.unit_id === "210400-centre" && (r.fiscal_year === 2023 || r.metric.endsWith("_yoy"))),
    ).toEqual([]);
  });

  it("priorFromNarrative falls back to a percentage change: 110 after +10 % → 100", () => {
    const claim = {
      document_id: "x",
      claim_id: "C001",
      line: 1,
      subunit_id: null,
      subject: "total_expenditure",
      fiscal_year: 2024,
      stage: "budget",
      kind: "pct_change",
      amount: 10,
      unit: "percent",
      compared_to: "prior_year",
      quote: "q",
      notes: null,
    } as const;
    expect(priorFromNarrative(110, [claim as never], ["total_expenditure"], 2024)?.value).toBe(100);
  });
});

describe("formatMetricValue", () => {
  it("keeps amounts to the cent and ratios to 8 significant digits", () => {
    expect(formatMetricValue(593.4, "万元")).toBe("593.40");
    expect(formatMetricValue(8.445, "万元")).toBe("8.445");
    expect(formatMetricValue(424.29 / 448.29, "ratio")).toBe("0.94646323");
  });
});
