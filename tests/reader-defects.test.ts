/**
 * Defects a reviewer found reading the built site (tests/setup/global.ts builds .dist-test/root with the sources):
 * each is checked where a reader saw it, with the figures counted by hand from data/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { HAS_SEEDS, ROOT_OUT } from "./setup/global.ts";

const page = (path: string) =>
  parse(readFileSync(join(ROOT_OUT, path, path.endsWith(".html") ? "" : "index.html"), "utf8"));

describe("reader defects (dist)", () => {
  it("the home page says what it counts: 4 reports by 4 issuers covering 6 bodies; the units page lists 7", () => {
    // documents.csv: 4 reports, issued by 210300-bureau, 210311-bureau, 411624-bureau and 210400-centre; the two
    // consolidated ones also cover 210311-centre and 411624-centre (6 bodies); units.csv lists 7 (210400-bureau has
    // no report yet).
    const zh = page("").querySelector("main")?.text ?? "";
    expect(zh).toContain("目前收录 4 份报告（2024），由 4 个单位发布，涵盖 6 个机构");
    expect(zh).toContain("单位页共列出 7 个机构");
    expect(page("en/").querySelector("main")?.text).toContain(
      "4 reports so far (2024), issued by 4 bodies and covering 6",
    );
    const listed = new Set(
      page("units/")
        .querySelectorAll('main a[href^="/units/"]')
        .map((a) => a.getAttribute("href")),
    );
    expect(listed.size).toBe(7);
  });

  it("the 404 page marks no navigation entry as the current page", () => {
    expect(page("404.html").querySelectorAll("[aria-current]")).toEqual([]);
  });

  it("沈丘 cites 2101301 城乡医疗救助 formatted like every code (printed 210|13|01) and its unlabelled 合计 row as such", () => {
    const html = readFileSync(join(ROOT_OUT, "reports/411624-bureau-2024-budget/index.html"), "utf8");
    expect(html).not.toContain("210|13|01");
    expect(html).toContain("2101301 城乡医疗救助");
    // functional.csv: T03 line 251 is the 合计 row printed without a label (支出合计 3,143.81).
    const total = page("reports/411624-bureau-2024-budget/").querySelector("#m-total_expenditure .src")?.text ?? "";
    expect(total).toContain("合计行（未印名称） · 合计栏（文本第251行）");
    const en = page("en/reports/411624-bureau-2024-budget/").querySelector("#m-total_expenditure .src")?.text ?? "";
    expect(en).toMatch(/total row \(printed without a label\) · [^;]*\(text line 251\)/);
  });

  it("a projects table without any printed category has no Category column; one with categories keeps it", () => {
    // projects.csv: 鞍山 2024 budget's 2 projects print no category; 沈丘's 11 print 特定目标类 or 其他运转类.
    const heads = (doc: string) =>
      page(`en/reports/${doc}/`)
        .querySelectorAll("#projects + .table-wrap thead th")
        .map((th) => th.text.trim());
    expect(heads("210300-bureau-2024-budget")).not.toContain("Category");
    expect(heads("411624-bureau-2024-budget")).toContain("Category");
    const first = page("en/reports/411624-bureau-2024-budget/").querySelector("#projects + .table-wrap tbody td");
    expect(first?.text).toBe("Specific-purpose projects (printed: 特定目标类)");
  });

  it("every finding names its kind in words, never in brackets (鞍山 F10 is of kind other)", () => {
    const f10 = (prefix: string) =>
      page(`${prefix}reports/210300-bureau-2024-budget/`).querySelector("#F10 .finding-kind")?.text;
    expect(f10("")).toBe("其他缺漏或不一致");
    expect(f10("en/")).toBe("other omission or inconsistency");
    for (const prefix of ["", "en/"])
      expect(page(`${prefix}reports/210300-bureau-2024-budget/`).querySelector("#findings + ol")?.text).not.toMatch(
        /\[[a-z ]+\]|\[其他\]/,
      );
  });

  it("no check row or source cell names a table by its internal id (T10) where the report prints no number", () => {
    // tables.csv: 千山 2024 final prints T10-T13 (the performance self-assessments) with a title and no number.
    let seen = 0;
    for (const doc of ["210300-bureau-2024-budget", "210311-bureau-2024-final", "210400-centre-2024-budget"])
      for (const td of page(`reports/${doc}/`).querySelectorAll("#quality tbody tr td:first-child, td.src")) {
        seen++;
        expect(td.text.trim()).not.toMatch(/^T\d{2} /);
      }
    expect(seen).toBeGreaterThan(50);
    const performance = page("reports/210311-bureau-2024-final/")
      .querySelectorAll("td.src")
      .map((td) => td.text);
    expect(performance).toContain("部门(单位)整体绩效自评表 · 第504行");
  });

  // The viewer is built only with the report texts (../shared/seeds).
  it.skipIf(!HAS_SEEDS)("the source viewer has an English version with the text as printed", () => {
    expect(existsSync(join(ROOT_OUT, "en/sources/411624-bureau-2024-budget/index.html"))).toBe(true);
    const en = page("en/sources/411624-bureau-2024-budget/");
    expect(en.querySelector("h1")?.text).toContain("source text");
    expect(en.querySelector("main")?.getAttribute("lang")).toBe("zh-CN");
    expect(en.querySelector("#L257")?.text).toContain("城乡医疗救助");
  });
});
