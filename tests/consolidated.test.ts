/**
 * 001 (千山区, 汇总 of the bureau and its service centre), 公开02表 收入决算表, lines 257–269 of
 * 001_d0c77a329ce627f3.txt: a list of codes with no body column. By position the first block (258–264) is the
 * bureau's and the second (265–269) the centre's, but lines 261 (0.08), 263 (4.77) and 264 (16.82) hold the two bodies
 * together (公开05表 prints them apart: 0.02 + 0.06, 1.41 + 3.36, 3.97 + 12.85; finding F17). A combined figure is
 * tagged to neither body. Sums worked out from the printed lines:
 * - bureau, lines 258, 259, 260, 262: 4.96 + 1.90 + 1.03 + 39.98 = 47.87
 * - centre, lines 265–269: 16.05 + 1.07 + 2.20 + 6.21 + 118.94 = 144.47
 * - combined, lines 261, 263, 264: 0.08 + 4.77 + 16.82 = 21.67
 * - all: 214.01 against the printed 合计 214.04 (line 257): 尾差 of 0.03 over 12 figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { ROOT_OUT } from "./setup/global.ts";
import { reportChartCsv } from "./setup/unit-downloads.ts";

const DOC = "210311-bureau-2024-final";

describe("001 公开02表 by body", () => {
  const report = validateDataDir("data");
  const rows = (report.data?.summary ?? []).filter(
    (r) => r.document_id === DOC && r.table_id === "T02" && r.item === "by_code" && r.column === "total",
  );
  const sum = (subunit: string | null) =>
    Math.round(rows.filter((r) => r.subunit_id === subunit).reduce((a, r) => a + (r.amount ?? 0), 0) * 100) / 100;

  it("the bureau's rows add up to 47.87, the centre's to 144.47, the combined rows to 21.67", () => {
    expect([sum("210311-bureau"), sum("210311-centre"), sum(null)]).toEqual([47.87, 144.47, 21.67]);
  });

  it("the combined figures sit on lines 261, 263 and 264, tagged to neither body", () => {
    expect(rows.filter((r) => r.subunit_id === null).map((r) => [r.line, r.amount])).toEqual([
      [261, 0.08],
      [263, 4.77],
      [264, 16.82],
    ]);
  });

  it("all rows add up to the printed 合计 214.04 within the 尾差 of 12 figures", () => {
    const all = sum("210311-bureau") + sum("210311-centre") + sum(null);
    expect(Math.abs(214.04 - all)).toBeLessThanOrEqual(0.005 * 13);
  });
});

describe("001's functional chart (公开05表 lists the bureau's rows, then the centre's)", () => {
  it("names the body of every bar, in both languages: 7 bars of the bureau, then 8 of the centre", () => {
    const csv = reportChartCsv(ROOT_OUT, `unit-${DOC}-functional`);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    const body = (label = "") => /（(.+)）$/.exec(label)?.[1];
    expect(rows.map((r) => body(r["label_zh"]))).toEqual([
      ...Array<string>(7).fill("千山区医疗保障局"),
      ...Array<string>(8).fill("千山区医疗保障服务中心"),
    ]);
    expect(
      rows.every((r) =>
        /\((Qianshan District Healthcare Security (Administration|Service Centre))\)$/.test(r["label_en"] ?? ""),
      ),
    ).toBe(true);
  });
});

describe("001's pages say which bodies the report covers and group its rows by body", () => {
  const page = (path: string) => readFileSync(join(ROOT_OUT, path, "index.html"), "utf8");

  it("the report page names both bodies and draws the bureau's 7 bars and the centre's 8 in two groups, with a legend", () => {
    const html = page(`reports/${DOC}`);
    expect(html).toContain("本报告为汇总报告，涵盖：千山区医疗保障局，千山区医疗保障服务中心。");
    // Two layouts (wide and narrow) of the one chart.
    expect(html.match(/class="bar bar-final group-0"/g)).toHaveLength(14);
    expect(html.match(/class="bar bar-final group-1"/g)).toHaveLength(16);
    expect(html).toMatch(
      /<span class="key group-0"[^>]*>千山区医疗保障局<\/span><span class="key group-1"[^>]*>千山区医疗保障服务中心<\/span>/,
    );
  });

  it("the chart CSV names each row's body", () => {
    const csv = reportChartCsv(ROOT_OUT, `unit-${DOC}-functional`);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.filter((r) => r["key"]).map((r) => r["body"])).toEqual([
      ...Array<string>(7).fill("210311-bureau"),
      ...Array<string>(8).fill("210311-centre"),
    ]);
  });

  it("the centre, which has no report of its own, links to the consolidated report and shows its figures there", () => {
    const html = page("units/210311-centre");
    expect(html).toContain("该单位没有自己的报告");
    expect(html).toContain(`href="/reports/${DOC}/"`);
    // 160.74 = 16.05 + 1.07 + 2.20 + 6.21 + 0.06 + 118.94 + 3.36 + 12.85 (公开05表 lines 380–387)
    expect(html).toMatch(/data-metric="total_expenditure" data-value="160.74"/);
  });

  it("metrics.csv carries each body's total marked derived_from_consolidated", () => {
    const csv = Papa.parse<Record<string, string>>(
      readFileSync(join(ROOT_OUT, "data", "metrics.csv"), "utf8").replace(/^\uFEFF/, ""),
      { header: true, skipEmptyLines: true },
    ).data;
    // 53.27 = 4.96 + 1.90 + 1.03 + 0.02 + 39.98 + 1.41 + 3.97 (公开05表 lines 373–379)
    const bureau = csv.find(
      (r) =>
        r["unit_id"] === "210311-bureau" &&
        r["metric"] === "total_expenditure" &&
        r["basis"] === "derived_from_consolidated",
    );
    expect(bureau).toMatchObject({
      fiscal_year: "2024",
      stage: "final",
      scope: "consolidated",
      value: "53.27",
      unit: "万元",
      basis: "derived_from_consolidated",
      document_id: DOC,
    });
  });
});
