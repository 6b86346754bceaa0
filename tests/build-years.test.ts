/**
 * A site of several years (the real data has one: 2024): 3 synthetic units × 2 years (scripts/bench/generate,
 * seed 1), built once here. What only shows with a prior year: the province comparison keeps each unit's latest
 * year and points to the over-time page for the rest; a year-on-year table names the prior report once above
 * itself and its rows cite it by year and stage.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../scripts/bench/generate/index.ts";
import { TEST_SITE_URL } from "./setup/global.ts";

const work = mkdtempSync(join(tmpdir(), "yibao-years-"));
const out = join(work, "site");
const page = (path: string) => parse(readFileSync(join(out, path, "index.html"), "utf8"));

beforeAll(() => {
  generate({ units: 3, years: 2, seed: 1, dir: join(work, "data") });
  const run = spawnSync(process.execPath, ["scripts/build.ts", "--data", join(work, "data"), "--out", out], {
    env: { ...process.env, SITE_URL: TEST_SITE_URL },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a build of 3 units × 2 years (2023, 2024)", () => {
  it("compare/<province>/ has a column per report of 2024 only, and links the over-time page for 2023", () => {
    for (const [prefix, older] of [
      ["", "更早年度（2023）"],
      ["en/", "earlier years (2023)"],
    ] as const) {
      const html = page(`${prefix}compare/130000/`);
      const columns = html
        .querySelectorAll("#compare-table thead th[data-doc]")
        .map((th) => th.getAttribute("data-doc"));
      // 3 units (130100 bureau and centre, 130102 bureau), each a 2024 budget and final.
      expect(columns).toEqual([
        "130100-bureau-2024-budget",
        "130100-bureau-2024-final",
        "130100-centre-2024-budget",
        "130100-centre-2024-final",
        "130102-bureau-2024-budget",
        "130102-bureau-2024-final",
      ]);
      // Every row has one cell per column, and the boxes offer the same reports.
      for (const tr of html.querySelectorAll("#compare-table tbody tr"))
        expect(tr.querySelectorAll("td").length).toBe(6);
      expect(html.querySelectorAll("input[name=d]").map((i) => i.getAttribute("value"))).toEqual(columns);
      const note = html
        .querySelector("main")
        ?.querySelectorAll("p")
        .find((p) => p.text.includes(older));
      expect(note?.querySelector("a")?.getAttribute("href")).toBe(`/${prefix}over-time/130000/`);
    }
  });

  it("a 2024 final's year-on-year table names the 2023 final once and cites it as 2023 决算 / 2023 Final account", () => {
    for (const [prefix, short] of [
      ["", "2023 决算"],
      ["en/", "2023 Final account"],
    ] as const) {
      const html = page(`${prefix}reports/130100-bureau-2024-final/`);
      const h2 = html.querySelectorAll("h2").find((h) => h.text === (prefix ? "Year on year" : "与上年比较"));
      const note = h2?.nextElementSibling;
      expect(note?.classList.contains("cite-note")).toBe(true);
      const link = note?.querySelector("a");
      expect(link?.getAttribute("href")).toBe(`/${prefix}reports/130100-bureau-2023-final/`);
      expect(link?.text).toContain("广远市医疗保障局2023年度部门决算");
      expect(note?.text.startsWith(short)).toBe(true);
      // Rows: each cites this report's line (no title) and the prior report by its short name, never by its title.
      const rows = note?.nextElementSibling?.querySelectorAll("tbody tr") ?? [];
      expect(rows.length).toBeGreaterThan(0);
      const basic = rows.find((r) => r.id === "y-basic_expenditure_yoy-2024");
      const docs = basic?.querySelectorAll(".cite-doc").map((d) => d.text) ?? [];
      expect(docs).toEqual([short]);
      for (const r of rows) expect(r.querySelector("td.src")?.text).not.toContain("部门决算》");
    }
  });

  it("the budget-vs-final table cites each figure in its own report, led by its stage; the source line names both", () => {
    const html = page("reports/130100-bureau-2024-final/");
    const figure = html.querySelector("figure.chart-paired");
    const row = figure
      ?.querySelectorAll("table tbody tr")
      .find((r) => r.querySelector("th")?.text.startsWith("支出合计"));
    const source = row?.querySelectorAll("td").at(-1)?.text ?? "";
    // 支出合计: the 2024 budget's and the 2024 final's own 表3 合计 rows, each by stage, no report title per row.
    expect(source).toMatch(/^预算：表3 .*：合计 · 合计栏（文本第\d+行）。决算：表3 .*：合计 · 合计栏（文本第\d+行）$/);
    expect(source).not.toContain("《");
    const line = figure?.querySelector(".source-line")?.text ?? "";
    expect(line).toContain("广远市医疗保障局2024年部门预算");
    expect(line).toContain("广远市医疗保障局2024年度部门决算");
  });
});
