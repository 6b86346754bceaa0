import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

describe("without JavaScript", { timeout: LONG }, () => {
  it.each([
    ["the home page", "", false],
    ["a unit page", "units/210400-centre/", false],
    ["a report page", "reports/210400-centre-2024-budget/", true],
    ["a metric page", "metrics/personnel/", true],
  ])("%s renders its h1, tables and inline svg charts", async (_name, path, charts) => {
    await h.withPage(
      async (page) => {
        await page.goto(h.site.url + path);
        expect(await page.evaluate(() => document.documentElement.classList.contains("js"))).toBe(false);
        expect((await page.locator("h1").textContent())?.trim().length).toBeGreaterThan(0);
        expect(await page.locator("h1").isVisible()).toBe(true);
        const tables = await page.locator("main .table-wrap table").evaluateAll((ts) => ts.map((t) => t.clientHeight));
        expect(tables.length).toBeGreaterThan(0);
        expect(tables.every((h) => h > 0)).toBe(true);
        if (charts) {
          // Each figure shows one drawn chart (the wide or the narrow layout, chosen by CSS alone).
          const shown = await page
            .locator("figure.chart")
            .evaluateAll((figs) =>
              figs.map(
                (f) =>
                  [...f.querySelectorAll("svg[role=img]")].filter((s) => s.getBoundingClientRect().height > 40).length,
              ),
            );
          expect(shown.length).toBeGreaterThan(0);
          expect(new Set(shown)).toEqual(new Set([1]));
        }
        // Controls that need JavaScript are not shown.
        expect(
          await page.locator(".js-only").evaluateAll((xs) => xs.some((x) => (x as HTMLElement).offsetParent)),
        ).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });
});
