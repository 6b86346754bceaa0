/**
 * The report page's performance section, read from the built site with an HTML parser. Figures are the printed ones
 * (001 = 001_d0c77a329ce627f3.txt, 千山区 2024 决算): line 504 下达金额 1.76, 执行金额 1.53, 执行率 87.22%;
 * line 505 下达金额 printed "8. . 445" (illegible); line 698 执行率 31.73% (findings F36, F37).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { ROOT_OUT } from "./setup/global.ts";

const page = (path: string) => parse(readFileSync(join(ROOT_OUT, path, "index.html"), "utf8"));
const rows = (path: string) => {
  const section = page(path).querySelector("table.performance");
  return (section?.querySelectorAll("tbody tr") ?? []).map((tr) =>
    tr.querySelectorAll("th, td").map((c) => c.text.replace(/\s+/g, " ").trim()),
  );
};

describe("report page: performance tables", () => {
  for (const [prefix, illegible] of [
    ["", "无法辨认"],
    ["en/", "illegible"],
  ] as const) {
    const path = `${prefix}reports/210311-bureau-2024-final`;
    it(`${path} lists line 504 with its budget, spending, rate, score and finding F35`, () => {
      const row = rows(path).find((r) => r.some((c) => c.includes("504")));
      expect(row?.slice(1, 6)).toEqual(["1.76", "1.53", "87.22%", "10", "8.72"]);
      expect(row?.at(-1)).toBe("F35");
    });
    it(`${path} shows line 505's garbled budget as ${illegible} with the printed text, never a figure`, () => {
      const row = rows(path).find((r) => r.some((c) => c.includes("505")));
      expect(row?.[1]).toBe(`${illegible} 「8. . 445」`);
    });
    it(`${path} links the findings the performance identities surfaced`, () => {
      const links = page(path)
        .querySelectorAll("table.performance a")
        .map((a) => a.getAttribute("href"));
      expect(links).toEqual(["#F35", "#F36", "#F37"]);
      expect(page(path).querySelector("#F37")).not.toBeNull();
    });
  }
  it("every report with performance tables has the section; 沈丘 lists 预算12表's 11 projects and 2 body rows", () => {
    const shenqiu = rows("reports/411624-bureau-2024-budget").filter((r) => r.some((c) => c.includes("预算12表")));
    expect(shenqiu).toHaveLength(13);
    for (const id of ["210300-bureau-2024-budget", "210400-centre-2024-budget"])
      expect(rows(`reports/${id}`).length).toBeGreaterThan(0);
  });
});
