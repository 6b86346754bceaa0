import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

describe("network", { timeout: LONG }, () => {
  it("pages load only from their own origin: every request is local", async () => {
    await h.withPage(async (page) => {
      for (const path of ["", "units/210400-centre/", "metrics/personnel/", "search/", "en/compare/", "data/"]) {
        await page.goto(h.site.url + path, { waitUntil: "load" });
      }
    });
  });

  it("the request guard blocks a request to another origin and fails the test", async () => {
    const before = h.stats.blocked;
    // bypassCSP: the pages' own CSP (connect-src 'self') would stop this fetch before it reached the network.
    const run = h.withPage(
      async (page) => {
        await page.goto(h.site.url);
        await page.evaluate(() => fetch("http://203.0.113.7/track.gif").catch(() => null));
      },
      { bypassCSP: true },
    );
    await expect(run).rejects.toThrow(/non-local/);
    h.stats.guardSelfTest += h.stats.blocked - before;
    expect(h.stats.blocked - before).toBe(1);
  });
});
