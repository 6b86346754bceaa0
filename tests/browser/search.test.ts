import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

describe("search", { timeout: LONG }, () => {
  const results = "#search-results a";

  it("typing 抚顺 lists a result linking to units/210400-centre/", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}search/`);
      await page.fill("#q", "抚顺");
      await page.locator(`${results}[href$="units/210400-centre/"]`).first().waitFor();
    });
  });

  it("typing 沈丘 loads main, places and 河南's unit shard first, the other shards after the first result", async () => {
    await h.withPage(async (page) => {
      const asked: string[] = [];
      page.on("request", (r) => {
        const m = /search-index\/([^/]+)\.json$/.exec(r.url());
        if (m?.[1]) asked.push(m[1]);
      });
      await page.goto(`${h.site.url}search/`);
      expect(asked).toEqual([]); // nothing before the first query
      await page.fill("#q", "沈丘");
      await page.locator(`${results}[href$="units/411624-bureau/"]`).first().waitFor();
      expect(asked.slice(0, 3).sort()).toEqual(["main", "places", "units-410000"]);
      await expect.poll(() => asked.length).toBe(6); // then 辽宁's units, reports and projects
      expect(asked.slice(3).sort()).toEqual(["projects", "reports", "units-210000"]);
    });
  });

  it("on en/search/, typing fushun lists the English name linking to en/units/210400-centre/", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}en/search/`);
      await page.fill("#q", "fushun");
      const link = page.locator(`${results}[href$="en/units/210400-centre/"]`).first();
      await link.waitFor();
      expect(await link.textContent()).toBe("Fushun Municipal Healthcare Security Affairs Service Centre");
    });
  });

  it.each(["fushun", "fs"])("typing pinyin %s lists 抚顺 results", async (query) => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}search/`);
      await page.fill("#q", query);
      await page.locator(results, { hasText: "抚顺" }).first().waitFor();
    });
  });

  // The provinces build adds units in 广东, 广西 and 山东 to the real data: a fuzzy or per-character match would list
  // 广西 or 山东 for 广东.
  it.each([
    ["广东", "广东省医疗保障局"],
    ["guangdong", "广东省医疗保障局"],
    ["山东", "山东省医疗保障局"],
  ])("typing %s lists %s and no unit of the other two provinces", async (query, expected) => {
    await h.withPage(async (page) => {
      await page.goto(`${h.provinces.url}search/`);
      await page.fill("#q", query);
      await page.locator(results, { hasText: expected }).first().waitFor();
      const texts = await page.locator(results).allTextContents();
      const others = ["广东省", "广西壮族自治区", "山东省"].filter((p) => !expected.startsWith(p));
      expect(texts.filter((t) => others.some((o) => t.includes(o)))).toEqual([]);
      expect(texts.filter((t) => t.includes(expected))).toHaveLength(1);
    });
  });

  it("a query with no match shows the no-results message; ?q= is written, restored on load and after back", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}search/`);
      await page.fill("#q", "xyz-no-such-thing");
      await page.locator("#search-none", { hasText: "xyz-no-such-thing" }).waitFor();
      expect(new URL(page.url()).searchParams.get("q")).toBe("xyz-no-such-thing");
      await page.fill("#q", "210300");
      const hit = page.locator(`${results}[href$="units/210300-bureau/"]`).first();
      await hit.waitFor();
      expect(await page.locator("#search-none").isHidden()).toBe(true);
      expect(await page.locator("#search-results li").first().locator(".result-type").textContent()).toMatch(
        /单位|报告/,
      );
      expect(new URL(page.url()).searchParams.get("q")).toBe("210300");
      await hit.click();
      await page.waitForURL(/units\/210300-bureau\//);
      await page.goBack();
      await page.locator(`${results}[href$="units/210300-bureau/"]`).first().waitFor();
      expect(await page.inputValue("#q")).toBe("210300");
      await page.goto(`${h.site.url}en/search/?q=ansan`);
      await page.locator(`${results}[href$="en/units/210300-bureau/"]`).first().waitFor();
    });
  });

  it("搜索需要 JavaScript is not shown when JavaScript runs", async () => {
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}search/`);
      expect(await page.getByText("搜索需要 JavaScript").count()).toBe(0);
    });
  });
});
