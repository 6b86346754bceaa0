/**
 * Flags in the built site (dist/): a figure resting on a line that a recorded finding names carries ⚑ and a link
 * to that finding, on the report page, in the ranked chart and in the chart's CSV.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { ROOT_OUT } from "./setup/global.ts";

const page = (path: string) => parse(readFileSync(join(ROOT_OUT, path, "index.html"), "utf8"));

describe("flags (dist)", () => {
  it("鞍山 人员经费 424.29 (000 表6 line 410) links to F02-F04, which the findings section anchors", () => {
    // F02: narrative line 175 gives 人员经费 402.96, 表6 line 410 prints 424.29.
    for (const prefix of ["", "en/"]) {
      const doc = page(`${prefix}reports/210300-bureau-2024-budget/`);
      const cell = doc.querySelector('tr[data-metric="personnel_expense_reported"] td.num');
      expect(cell?.text).toContain("424.29");
      const links = cell?.querySelectorAll(".flag a").map((a) => a.getAttribute("href"));
      expect(links).toEqual(["#F02", "#F03", "#F04"]);
      for (const id of ["F02", "F03", "F04"]) expect(doc.getElementById(id)?.tagName).toBe("LI");
      // 表3 line 311 合计 593.40: no finding names it, no mark.
      expect(doc.querySelector('tr[data-metric="total_expenditure"] .flag')).toBeNull();
    }
  });

  it("a unit page links a flagged figure to its report's finding", () => {
    const doc = page("units/210300-bureau/");
    const cell = doc.querySelector('tr[data-metric="personnel_expense_reported"] td.num');
    expect(cell?.querySelector(".flag a")?.getAttribute("href")).toBe("/reports/210300-bureau-2024-budget/#F02");
  });

  it("a ranked chart marks the flagged bar and explains the mark; its CSV names the findings", () => {
    const id = "metric-personnel-expense-reported-2024-budget";
    const figure = page(`embed/${id}/`).querySelector("figure.chart");
    expect(figure?.querySelector("svg")?.text).toContain("424.29 ⚑");
    expect(figure?.querySelector(".notes")?.text).toContain("⚑");
    const csv = readFileSync(join(ROOT_OUT, "embed", id, "data.csv"), "utf8")
      .slice(1)
      .trimEnd()
      .split("\n");
    const findings = csv[0]?.split(",").indexOf("finding_ids") ?? -1;
    expect(findings).toBeGreaterThan(0);
    expect(csv.find((l) => l.startsWith("210300-bureau-2024-budget,"))?.split(",")[findings]).toBe("F02;F03;F04");
  });
});
