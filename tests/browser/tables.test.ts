import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

/** The numbers of a column, read back as a reader sees them (thousands separators and source links removed). */
const numbers = (texts: string[]) =>
  texts
    // Each figure is followed by its source link ("第311行", "第410行+1"): not part of the number.
    .map((t) => t.replace(/第\d+行(\+\d+)?|l\. \d+( \+\d+)?/g, "").replace(/[,\s万元%]/g, ""))
    .filter((t) => /^-?\d+(\.\d+)?$/.test(t))
    .map(Number);

describe("sortable tables", { timeout: LONG }, () => {
  it("the home table sorts a number column numerically, and only the sorted header has aria-sort", async () => {
    await h.withPage(async (page) => {
      await page.goto(h.site.url);
      const table = page.locator("table.sortable").first();
      expect(await table.locator("th[aria-sort]").count()).toBe(0);
      // The first headline metric (支出合计), the fourth column.
      const header = table.locator("thead th").nth(3);
      const cells = table.locator("tbody tr td:nth-of-type(3)");
      await header.locator("button").click();
      const asc = numbers(await cells.allTextContents());
      expect(asc.length).toBeGreaterThan(2);
      expect(asc).toEqual([...asc].sort((a, b) => a - b));
      expect(await header.getAttribute("aria-sort")).toBe("ascending");
      await header.locator("button").click();
      const desc = numbers(await cells.allTextContents());
      expect(desc).toEqual([...desc].sort((a, b) => b - a));
      await table.locator("thead th").nth(1).locator("button").click();
      expect(await table.locator("th[aria-sort]").count()).toBe(1);
      expect(await header.getAttribute("aria-sort")).toBeNull();
    });
  });

  it("tables with budget and final rows have a legend for the stripe, in both languages", async () => {
    await h.withPage(async (page) => {
      await page.goto(h.site.url);
      expect(await page.locator(".stage-legend").first().textContent()).toContain("决算");
      await page.goto(`${h.site.url}en/metrics/personnel/`);
      expect(await page.locator(".stage-legend").first().textContent()).toContain("final account");
    });
  });
});
