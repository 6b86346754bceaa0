/**
 * Cumulative layout shift of every page kind, with JavaScript on, at 1280 and 375 px: what the build paints first is
 * what the scripts enhance (a metric page's default chart is drawn alone from the first paint), so nothing moves.
 * Measured as the sum of every buffered 'layout-shift' entry without recent input (Lighthouse takes the worst
 * session window, never more than this sum). The deferred scripts are held back 400 ms, as on a slow network.
 */
import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

/** One page of each kind (and the metric pages in English, whose charts' text wraps differently). */
const PAGES = [
  "",
  "units/",
  "units/210300-bureau/",
  "reports/210311-bureau-2024-final/",
  "metrics/personnel/",
  "metrics/three-public/",
  "en/metrics/subsidies/",
  "compare/",
  "compare/210000/",
  "over-time/",
  "over-time/210000/",
  "search/",
  "methodology/",
  "quality/",
  "data/",
  "embed/metric-personnel-share-of-basic-2024-budget/",
  "embed-preview/",
  "sources/210300-bureau-2024-budget/",
  "404.html",
  "en/",
];

describe("layout shift", { timeout: LONG }, () => {
  it("is below 0.05 on every page kind at 1280 and 375 px", async () => {
    const shifts: Record<string, number> = {};
    await h.withPage(async (page) => {
      // As on a slow network: the deferred scripts arrive well after the first paint, so a page that the script
      // rearranges shifts here every time, not only when the local server loses the race.
      await page.route("**/js/*.js", async (route) => {
        if (!route.request().url().endsWith("/early.js")) await new Promise((r) => setTimeout(r, 400));
        await route.continue();
      });
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of PAGES) {
          await page.goto(`${h.site.url}${path}`, { waitUntil: "load" });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          shifts[`${width} ${path || "/"}`] = await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                let sum = 0;
                new PerformanceObserver((list) => {
                  for (const e of list.getEntries() as (PerformanceEntry & {
                    value: number;
                    hadRecentInput: boolean;
                  })[])
                    if (!e.hadRecentInput) sum += e.value;
                }).observe({ type: "layout-shift", buffered: true });
                setTimeout(() => resolve(sum), 300);
              }),
          );
        }
      }
    });
    console.log(
      "layout shift: " +
        Object.entries(shifts)
          .map(([k, v]) => `${k} ${v.toFixed(3)}`)
          .join(", "),
    );
    const over = Object.entries(shifts).filter(([, v]) => v >= 0.05);
    expect(over, "pages that shift by 0.05 or more").toEqual([]);
  });
});
