import { type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

describe("compare", { timeout: LONG }, () => {
  const shownDocs = (page: Page) =>
    page
      .locator("#compare-table thead th[data-doc]")
      .evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute("data-doc")));

  it("?d=<doc1>&d=<doc2> shows exactly those two columns, also after a reload", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}compare/210000/`);
      const docs = await page
        .locator("input[name=d]")
        .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
      expect(docs.length).toBeGreaterThanOrEqual(3);
      const [a, b] = [docs[0] ?? "", docs[2] ?? ""];
      await page.goto(`${h.site.url}compare/210000/?d=${a}&d=${b}`);
      for (let round = 0; round < 2; round++) {
        expect(await shownDocs(page)).toEqual([a, b]);
        const widths = await page
          .locator("#compare-table tbody tr")
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].filter((td) => !td.hidden).length));
        expect(new Set(widths)).toEqual(new Set([2]));
        const checked = await page
          .locator("input[name=d]:checked")
          .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
        expect(checked).toEqual([a, b]);
        await page.reload();
      }
    });
  });

  it("submitting the form with three boxes checked puts them in the URL and shows three columns", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}compare/210000/`);
      const boxes = page.locator("input[name=d]");
      const docs = await boxes.evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
      const pick = docs.slice(0, 3);
      for (const d of pick) await page.check(`input[name=d][value="${d}"]`);
      await Promise.all([page.waitForURL(/\?d=/), page.click("[data-compare] button[type=submit]")]);
      expect(new URL(page.url()).searchParams.getAll("d")).toEqual(pick);
      expect(await shownDocs(page)).toEqual(pick);
    });
  });
});
