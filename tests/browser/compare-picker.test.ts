/**
 * compare/'s picker: reports from two provinces side by side, their figures checked against the printed reports
 * (shared/seeds, the line named at each figure), the URL kept on back/forward and across the language switch, and
 * an unknown id named on the page.
 */
import { type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

const ANSHAN = "210300-bureau-2024-budget"; // 000_40f2de11a2278ee4.txt
const QIANSHAN = "210311-bureau-2024-final"; // 001_d0c77a329ce627f3.txt
const SHENQIU = "411624-bureau-2024-budget"; // 002_7cae605de1a9dcbd.txt
const FUSHUN = "210400-centre-2024-budget"; // 003_abee6ec0de6ec728.txt

/** The document ids of the table's columns and of the ticked boxes, in order. */
const columns = (page: Page) =>
  page.locator("#picker-table thead th[data-doc]").evaluateAll((ths) => ths.map((th) => th.getAttribute("data-doc")));
const ticked = (page: Page) =>
  page
    .locator("[data-picker-chosen] input[name=r]:checked")
    .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
/** The text of one figure's cell before its source links (value, state or flag). */
const figure = (page: Page, row: number, doc: string) =>
  page
    .locator(`#picker-table tbody tr:nth-child(${row}) td[data-doc="${doc}"]`)
    .evaluate((td) => (td.firstChild?.textContent ?? "").trim());

describe("compare/ picker", { timeout: LONG }, () => {
  it("finds 沈丘 by pinyin and 鞍山 by division code, shows both provinces' figures as printed, with states and sources", async () => {
    await h.withPage(async (page) => {
      const shards: string[] = [];
      page.on("request", (r) => {
        if (r.url().includes("/compare-data/")) shards.push(new URL(r.url()).pathname);
      });
      await page.goto(`${h.site.url}compare/`);
      expect(shards, "nothing is fetched before the search box is used").toEqual([]);
      const box = page.locator("[data-picker-input]");
      await box.fill("shenqiu");
      await page.click(`[data-picker-matches] button[data-doc="${SHENQIU}"]`);
      await box.fill("210300");
      await page.click(`[data-picker-matches] button[data-doc="${ANSHAN}"]`);
      await page.waitForFunction(() => document.querySelectorAll("#picker-table thead th[data-doc]").length === 2);
      expect(new URL(page.url()).searchParams.get("r")).toBe(`${SHENQIU},${ANSHAN}`);
      expect(await columns(page)).toEqual([SHENQIU, ANSHAN]);
      // The index, then the two provinces' shards: never a file per report.
      expect([...new Set(shards)].sort()).toEqual([
        "/compare-data/210000.json",
        "/compare-data/410000.json",
        "/compare-data/units.json",
      ]);
      // Row 1 支出合计: 002 line 251 prints 合计 3,143.81; 000 line 311 prints 合计 593.40 (万元).
      expect(await figure(page, 1, SHENQIU)).toBe("3,143.81");
      expect(await figure(page, 1, ANSHAN)).toBe("593.40");
      expect(await page.locator("#picker-table tbody tr:nth-child(1) th").textContent()).toBe("支出合计（万元）");
      // Row 11 医疗救助支出: 002 line 257 prints 2101301 城乡医疗救助 2,030.00.
      expect(await figure(page, 11, SHENQIU)).toBe("2,030.00");
      // Row 18 “三公”经费合计: 000 line 456 prints 2.00; 002 prints an empty table (line 380) and says at line 104
      // 预算为 0.00 万元 — a stated zero, not a printed 0.
      expect(await figure(page, 18, ANSHAN)).toBe("2.00");
      expect(await figure(page, 18, SHENQIU)).toBe("0（报告文字称为 0，表格为空）");
      // Row 19 因公出国（境）费: 000 line 456 leaves the cell empty — blank, not 0.
      expect(await figure(page, 19, ANSHAN)).toBe("报告中为空白");
      // 人员经费（报告口径） of 沈丘 rests on a line with recorded findings F01, F02: flagged, linked.
      const flag = page.locator(`#picker-table tbody tr:nth-child(4) td[data-doc="${SHENQIU}"] .flag a`);
      expect(await flag.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
        `/reports/${SHENQIU}/#F01`,
        `/reports/${SHENQIU}/#F02`,
      ]);
      // Each figure links its report page and, in a --sources build, its line.
      const links = await page
        .locator(`#picker-table tbody tr:nth-child(1) td[data-doc="${ANSHAN}"] .source-line a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(links[0]).toBe(`/reports/${ANSHAN}/#m-total_expenditure`);
      if (links.length > 1) expect(links[1]).toBe(`/sources/${ANSHAN}/#L311`);
      // The chart: a bar per report, 沈丘's 3,143.81 the longest; its value printed beside it.
      const bars = await page
        .locator(".compare-bars .cbar-row")
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.getAttribute("data-doc"),
            (r.querySelector(".cbar") as HTMLElement).style.width,
            r.querySelector(".cbar-value")?.textContent,
          ]),
        );
      // 593.40 / 3,143.81 = 18.875…% of the longest bar.
      expect(bars).toEqual([
        [SHENQIU, "100%", "3,143.81"],
        [ANSHAN, "18.88%", "593.40"],
      ]);
    });
  });

  it("?r= is restored on load and on back/forward: the ticked boxes always match the columns", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}compare/?r=${QIANSHAN},${SHENQIU},${FUSHUN}`);
      await page.waitForFunction(() => document.querySelectorAll("#picker-table thead th[data-doc]").length === 3);
      expect(await columns(page)).toEqual([QIANSHAN, SHENQIU, FUSHUN]);
      // 001 line 372 prints 合计 214. 04 (a space in the printed number); 003 line 41 prints 合计 58,149.15.
      expect(await figure(page, 1, QIANSHAN)).toBe("214.04");
      expect(await figure(page, 1, FUSHUN)).toBe("58,149.15");
      await page.click(`[data-picker-chosen] input[value="${SHENQIU}"]`);
      await page.waitForFunction(() => document.querySelectorAll("#picker-table thead th[data-doc]").length === 2);
      expect(new URL(page.url()).searchParams.get("r")).toBe(`${QIANSHAN},${FUSHUN}`);
      expect(await ticked(page)).toEqual(await columns(page));
      await page.goBack();
      await page.waitForFunction(() => document.querySelectorAll("#picker-table thead th[data-doc]").length === 3);
      expect(await columns(page)).toEqual([QIANSHAN, SHENQIU, FUSHUN]);
      expect(await ticked(page)).toEqual([QIANSHAN, SHENQIU, FUSHUN]);
      await page.goForward();
      await page.waitForFunction(() => document.querySelectorAll("#picker-table thead th[data-doc]").length === 2);
      expect(await ticked(page)).toEqual([QIANSHAN, FUSHUN]);
      expect(await columns(page)).toEqual([QIANSHAN, FUSHUN]);
    });
  });

  it("the language link keeps the selection: English shows the same reports with English labels", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}compare/?r=${ANSHAN},${SHENQIU}&metric=medical_assistance`);
      await page.waitForSelector("#picker-table");
      await Promise.all([page.waitForURL(/\/en\/compare\//), page.click("nav a[hreflang=en]")]);
      expect(new URL(page.url()).search).toBe(`?r=${ANSHAN},${SHENQIU}&metric=medical_assistance`);
      await page.waitForSelector("#picker-table");
      expect(await columns(page)).toEqual([ANSHAN, SHENQIU]);
      expect(await page.locator("#picker-table tbody tr:nth-child(1) th").textContent()).toBe(
        "Total expenditure (10,000 yuan)",
      );
      expect(await page.locator(".compare-bars figcaption").textContent()).toContain("Medical assistance");
      // 002 line 257: 城乡医疗救助 2,030.00; 000's functional table (titled at line 301) prints no 21013 row, and
      // the metric sums the rows printed (methodology), so 0.00.
      expect(await page.locator(".compare-bars .cbar-value").allTextContents()).toEqual(["0.00", "2,030.00"]);
    });
  });

  it("a metric page's ?metric=&slice= survives the language switch", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}metrics/personnel/`);
      const metric = await page.locator("[data-controls] [name=metric] option").nth(1).getAttribute("value");
      await page.selectOption("[data-controls] [name=metric]", metric ?? "");
      const search = new URL(page.url()).search;
      expect(search).toContain(`metric=${metric ?? ""}`);
      await Promise.all([page.waitForURL(/\/en\/metrics\//), page.click("nav a[hreflang=en]")]);
      expect(new URL(page.url()).search).toBe(search);
    });
  });

  it("an unknown id is named (both languages), the known ones still shown; a fifth id is said to be left out", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}compare/?r=${ANSHAN},nope-1999-budget`);
      await page.waitForSelector("#picker-table");
      expect(await columns(page)).toEqual([ANSHAN]);
      expect(await page.locator("[data-picker-message]").textContent()).toBe(
        "找不到以下报告编号：nope-1999-budget。其余报告照常显示。",
      );
      await page.goto(`${h.site.url}en/compare/?r=nope-1999-budget,${SHENQIU}`);
      await page.waitForSelector("#picker-table");
      expect(await columns(page)).toEqual([SHENQIU]);
      expect(await page.locator("[data-picker-message]").textContent()).toBe(
        "No report has the id nope-1999-budget. The other reports are shown.",
      );
      await page.goto(`${h.site.url}en/compare/?r=${ANSHAN},${QIANSHAN},${SHENQIU},${FUSHUN},${ANSHAN}x`);
      await page.waitForSelector("#picker-table");
      expect(await columns(page)).toEqual([ANSHAN, QIANSHAN, SHENQIU, FUSHUN]);
      expect(await page.locator("[data-picker-message]").textContent()).toBe(
        `At most 4 reports can be compared; ${ANSHAN}x in the address are not shown.`,
      );
    });
  });
});
