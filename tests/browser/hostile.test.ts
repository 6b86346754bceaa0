import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { HOSTILE_OUT } from "../setup/global.ts";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

describe("hostile data", { timeout: LONG }, () => {
  const NAMES = [
    "鞍山市医疗保障局<script>alert(1)</script>",
    "javascript:alert(1)",
    "医保局 =cmd|' /C calc'!A0",
    '名称=1+1 "><img src=x onerror=alert(3)><script>alert(4)</script>',
  ];
  const NAMES_EN = ['Anshan "><img src=x onerror=alert(1)>', "javascript:alert(2)"];

  it.each([
    ["units/210300-bureau/", [NAMES[0], NAMES[1]]],
    ["reports/210300-bureau-2024-budget/", [NAMES[0], NAMES[3]]],
    ["units/210311-bureau/", [NAMES[1], NAMES[0]]],
    ["units/411624-bureau/", [NAMES[2]]],
    ["en/units/210300-bureau/", [NAMES_EN[0], NAMES_EN[1]]],
    ["units/", [NAMES[0], NAMES[1], NAMES[2]]],
    ["en/units/", NAMES_EN],
    ["", [NAMES[0], NAMES[1], NAMES[2]]],
    ["metrics/personnel/", [NAMES[0]]],
    // Tables and charts written as strings (set:html): every value goes through esc().
    ["compare/210000/", [NAMES[0], NAMES[1]]],
    ["over-time/210000/", [NAMES[0]]],
    ["en/reports/210300-bureau-2024-budget/", [NAMES_EN[0]]],
    ["search/?q=alert", [NAMES[3]]],
  ])("/%s runs no injected code and shows the hostile names as text", async (path, names) => {
    await h.withPage(async (page) => {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(h.hostile.url + path, { waitUntil: "load" });
      // Search results come in as the index shards load (projects last): wait for the name looked for.
      if (path.startsWith("search/"))
        await page.waitForFunction((name) => document.body.innerText.includes(name), names[0] ?? "");
      const found = await page.evaluate(() => ({
        imgX: document.querySelectorAll('img[src="x"]').length,
        onerror: document.querySelectorAll("[onerror]").length,
        jsLinks: [...document.querySelectorAll("a[href], iframe[src]")].filter((a) =>
          /^\s*javascript:/i.test(a.getAttribute("href") ?? a.getAttribute("src") ?? ""),
        ).length,
        alertScripts: [...document.scripts].filter((s) => s.text.includes("alert(")).length,
        text: document.body.innerText,
      }));
      expect(found.imgX).toBe(0);
      expect(found.onerror).toBe(0);
      expect(found.jsLinks).toBe(0);
      expect(found.alertScripts).toBe(0);
      for (const name of names) expect(found.text).toContain(name);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
    });
  });

  it("no cell of units.csv or any chart CSV starts with = + - @ unless it is a number", async () => {
    const files = [
      "data/units.csv",
      ...readdirSync(join(HOSTILE_OUT, "embed")).map((id) => `embed/${id}/data.csv`),
      // A report's charts: one CSV per unit.
      ...readdirSync(join(HOSTILE_OUT, "units"))
        .filter((u) => existsSync(join(HOSTILE_OUT, "units", u, "charts.csv")))
        .map((u) => `units/${u}/charts.csv`),
    ];
    expect(files.length).toBeGreaterThan(10);
    const bad: string[] = [];
    let cells = 0;
    let hostileCells = 0;
    for (const file of files) {
      const res = await fetch(h.hostile.url + file);
      expect(res.status, file).toBe(200);
      const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      for (const row of rows)
        for (const cell of row) {
          cells++;
          if (NAMES.some((n) => cell.includes(n))) hostileCells++;
          if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell))
            bad.push(`${file}: ${cell}`);
        }
    }
    expect(bad).toEqual([]);
    expect(cells).toBeGreaterThan(100);
    expect(hostileCells).toBeGreaterThan(0);
  });
});
