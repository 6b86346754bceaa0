/** Site basics in the built site (tests/setup builds it at https://yibao-budgets.test and under a sub-path). */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { ROOT_OUT, SUB_BASE, SUB_OUT, TEST_SITE_URL } from "./setup/global.ts";

const read = (out: string, file: string) => readFileSync(join(out, file), "utf8");
const page = (out: string, path: string) => parse(read(out, `${path}index.html`));
const attr = (doc: ReturnType<typeof parse>, selector: string, name = "content") =>
  doc.querySelector(selector)?.getAttribute(name);
const SITE = `${TEST_SITE_URL}/`;

describe("site basics", () => {
  it("no placeholder host anywhere in the build", () => {
    for (const out of [ROOT_OUT, SUB_OUT])
      for (const file of ["index.html", "en/reports/210300-bureau-2024-budget/index.html", "sitemap.xml", "robots.txt"])
        expect(read(out, file)).not.toMatch(/example\.org/);
  });

  it("a report page has its own description, canonical, absolute hreflang and Open Graph tags", () => {
    const doc = page(ROOT_OUT, "en/reports/210300-bureau-2024-budget/");
    const url = `${SITE}en/reports/210300-bureau-2024-budget/`;
    expect(attr(doc, 'meta[name="description"]')).toMatch(
      /^Anshan Municipal Healthcare Security Administration, 2024 Budget/,
    );
    expect(attr(doc, 'link[rel="canonical"]', "href")).toBe(url);
    expect(attr(doc, 'link[hreflang="zh-CN"]', "href")).toBe(`${SITE}reports/210300-bureau-2024-budget/`);
    expect(attr(doc, 'link[hreflang="en"]', "href")).toBe(url);
    expect(attr(doc, 'link[hreflang="x-default"]', "href")).toBe(`${SITE}reports/210300-bureau-2024-budget/`);
    expect(attr(doc, 'meta[property="og:url"]')).toBe(url);
    expect(attr(doc, 'meta[property="og:title"]')).toContain("Anshan Municipal Healthcare Security Administration");
    expect(attr(doc, 'meta[property="og:description"]')).toBe(attr(doc, 'meta[name="description"]'));
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
  });

  it("descriptions differ between pages and name the unit or metric", () => {
    const unit = attr(page(ROOT_OUT, "units/210300-bureau/"), 'meta[name="description"]');
    const metric = attr(page(ROOT_OUT, "metrics/three-public/"), 'meta[name="description"]');
    expect(unit).toContain("鞍山市医疗保障局");
    expect(metric).toContain("“三公”经费");
    expect(unit).not.toBe(metric);
  });

  it("under a sub-path the canonical and hreflang URLs carry the base", () => {
    const doc = page(SUB_OUT, "units/");
    expect(attr(doc, 'link[rel="canonical"]', "href")).toBe(`https://example.github.io${SUB_BASE}units/`);
    expect(attr(doc, 'link[hreflang="en"]', "href")).toBe(`https://example.github.io${SUB_BASE}en/units/`);
  });

  it("embed pages are noindex and left out of the sitemap", () => {
    const sitemap = read(ROOT_OUT, "sitemap.xml");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(locs).toEqual([...locs].sort());
    expect(locs).toContain(SITE);
    expect(locs).toContain(`${SITE}en/reports/210300-bureau-2024-budget/`);
    expect(locs.filter((l) => /\/embed\//.test(l))).toEqual([]);
    const chart =
      locs.length && page(ROOT_OUT, "metrics/personnel/").querySelector("[data-chart]")?.getAttribute("data-chart");
    expect(chart).toBeTruthy();
    expect(attr(page(ROOT_OUT, `embed/${chart}/`), 'meta[name="robots"]')).toBe("noindex");
  });

  it("robots.txt points to the sitemap; the sub-path build's sitemap lists URLs under its base", () => {
    expect(read(ROOT_OUT, "robots.txt")).toContain(`Sitemap: ${SITE}sitemap.xml`);
    expect(read(SUB_OUT, "sitemap.xml")).toContain(`<loc>https://example.github.io${SUB_BASE}en/</loc>`);
  });

  it("404.html is in both languages, noindex, with links and assets under the base", () => {
    const doc = parse(read(SUB_OUT, "404.html"));
    expect(doc.querySelector('section[lang="zh-CN"] h1')?.text).toBe("页面不存在");
    expect(doc.querySelector('section[lang="en"] h2')?.text).toBe("Page not found");
    expect(attr(doc, 'meta[name="robots"]')).toBe("noindex");
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    const refs = doc
      .querySelectorAll("a[href], link[href], script[src]")
      .map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? "");
    for (const ref of refs) expect(ref.startsWith(SUB_BASE)).toBe(true);
  });

  it("every page links the SVG favicon, which is in the build", () => {
    expect(existsSync(join(ROOT_OUT, "favicon.svg"))).toBe(true);
    expect(attr(page(ROOT_OUT, ""), 'link[rel="icon"]', "href")).toBe("/favicon.svg");
    expect(attr(page(SUB_OUT, "en/"), 'link[rel="icon"]', "href")).toBe(`${SUB_BASE}favicon.svg`);
  });
});
