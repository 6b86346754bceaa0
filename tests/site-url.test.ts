import { describe, expect, it } from "vitest";
import { LOCAL_PREVIEW_URL, resolveSiteUrl } from "../scripts/build/site-url.ts";
import { robotsTxt, sitemapFiles } from "../src/lib/render/sitemap.ts";

describe("resolveSiteUrl", () => {
  it("takes --site before SITE_URL and ends it with one slash", () => {
    expect(resolveSiteUrl({ flag: "https://a.example/repo", env: "https://b.example", local: false })).toBe(
      "https://a.example/repo/",
    );
    expect(resolveSiteUrl({ env: "https://b.example", local: false })).toBe("https://b.example/");
  });

  it("fails a deploy build with no site URL, in one line naming both ways to give one", () => {
    const r = resolveSiteUrl({ local: false });
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(/^no site URL: .*SITE_URL=.*--site.*--local/);
    expect((r as Error).message).not.toContain("\n");
  });

  it("uses the preview server's address only with --local", () => {
    expect(resolveSiteUrl({ local: true })).toBe(`${LOCAL_PREVIEW_URL}/`);
    expect(resolveSiteUrl({ env: "", local: true })).toBe(`${LOCAL_PREVIEW_URL}/`);
  });

  it("refuses a relative URL, another scheme or a query", () => {
    for (const bad of ["example.github.io", "ftp://x.example", "https://x.example/?a=1"])
      expect(resolveSiteUrl({ flag: bad, local: false })).toBeInstanceOf(Error);
  });
});

describe("sitemapFiles", () => {
  const root = "https://o.example/repo/";
  it("lists every page but embeds, sorted, absolute under the base, without dates", () => {
    const files = sitemapFiles(root, ["units/", "", "en/embed/x/", "embed/y/", "en/", "embed-preview/"]);
    expect([...files.keys()]).toEqual(["sitemap.xml"]);
    const locs = [...(files.get("sitemap.xml") ?? "").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      "https://o.example/repo/",
      "https://o.example/repo/embed-preview/",
      "https://o.example/repo/en/",
      "https://o.example/repo/units/",
    ]);
    expect(files.get("sitemap.xml")).not.toMatch(/lastmod/);
  });

  it("past the limit writes numbered parts and makes sitemap.xml their index", () => {
    const files = sitemapFiles(root, ["a/", "b/", "c/"], 2);
    expect([...files.keys()].sort()).toEqual(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
    expect(files.get("sitemap.xml")).toContain("<sitemapindex");
    expect(files.get("sitemap.xml")).toContain("<loc>https://o.example/repo/sitemap-2.xml</loc>");
  });

  it("robots.txt points at the sitemap", () => {
    expect(robotsTxt(root)).toContain("Sitemap: https://o.example/repo/sitemap.xml\n");
  });
});
