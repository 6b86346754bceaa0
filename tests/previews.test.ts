/**
 * Social previews in the built site: every metric page names a 1200 × 630 PNG that exists (og:image, absolute), drawn
 * the same to the byte every time; a build without a CJK font writes no preview and names none.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { LANGUAGES, langPrefix } from "../src/i18n/index.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { FAMILY_PAGES } from "../src/lib/model/metrics/registry.ts";
import { findCjkFonts, previewPng } from "../src/lib/render/previews.ts";
import { metricPreviews, previewPath, sitePreviewPath, sitePreviews } from "../src/lib/render/standalone-files.ts";
import { buildSite } from "../src/lib/site/build-site.ts";
import { ROOT_OUT, TEST_SITE_URL } from "./setup/global.ts";

const fonts = findCjkFonts();
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngSize = (png: Buffer) => ({ w: png.readUInt32BE(16), h: png.readUInt32BE(20) });
const pages = LANGUAGES.flatMap((l) => FAMILY_PAGES.map((f) => ({ lang: l.code, slug: f.slug })));
const meta = (html: string, key: string) =>
  parse(html).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");

describe("social previews", () => {
  it("findCjkFonts(dirs) is null where no directory holds Noto Sans CJK", () => {
    expect(findCjkFonts(["/nonexistent-fonts"])).toBeNull();
  });

  it.skipIf(!fonts).each(pages)(
    "the $lang metric page $slug names its preview as og:image, and it is a 1200 × 630 PNG in dist",
    ({ lang, slug }) => {
      const html = readFileSync(join(ROOT_OUT, langPrefix(lang), "metrics", slug, "index.html"), "utf8");
      const image = meta(html, "og:image");
      expect(image).toBe(`${TEST_SITE_URL}/${previewPath(lang, slug)}`);
      expect(meta(html, "twitter:image")).toBe(image);
      expect(meta(html, "twitter:card")).toBe("summary_large_image");
      expect([meta(html, "og:image:width"), meta(html, "og:image:height")]).toEqual(["1200", "630"]);
      expect(meta(html, "og:image:alt")).toMatch(
        lang === "zh" ? /：图表，单位：.+来源：/ : /: chart, unit: .+Source: /,
      );
      const png = readFileSync(join(ROOT_OUT, previewPath(lang, slug)));
      expect(png.subarray(0, 8).equals(PNG)).toBe(true);
      expect(pngSize(png)).toEqual({ w: 1200, h: 630 });
    },
  );

  it.skipIf(!fonts).each(["", "en/"])(
    "every other page (%s) names the site's own preview: home, unit, report and methodology pages",
    (prefix) => {
      const lang = prefix === "" ? "zh" : "en";
      const image = `${TEST_SITE_URL}/${sitePreviewPath(lang)}`;
      for (const page of ["", "units/411624-bureau/", "reports/210311-bureau-2024-final/", "methodology/"]) {
        const html = readFileSync(join(ROOT_OUT, prefix, page, "index.html"), "utf8");
        expect(meta(html, "og:image"), page).toBe(image);
        expect(meta(html, "og:image:alt"), page).toMatch(lang === "zh" ? /^医保预决算对比：/ : /^Yibao budgets: /);
        expect(meta(html, "twitter:card"), page).toBe("summary_large_image");
      }
      const png = readFileSync(join(ROOT_OUT, sitePreviewPath(lang)));
      expect(png.subarray(0, 8).equals(PNG)).toBe(true);
      expect(pngSize(png)).toEqual({ w: 1200, h: 630 });
      // The card says what the site is and names the chart it shows.
      const site = buildSite({
        data: validateDataDir("data").data!,
        problems: [],
        counts: new Map(),
        readChecks: () => [],
      });
      const svg = sitePreviews(site, TEST_SITE_URL).get(sitePreviewPath(lang)) ?? "";
      const words = parse(svg)
        .querySelectorAll("text")
        .map((t) => t.text);
      expect(words[0]).toBe(lang === "zh" ? "医保预决算对比" : "Yibao budgets");
      expect(words[1]).toMatch(lang === "zh" ? /^图：人员经费占基本支出比/ : /^Chart: Personnel/);
      expect(words).toContain(`${TEST_SITE_URL}/${prefix}`);
    },
  );

  it.skipIf(!fonts)("previewPng(svg, fonts) gives the same bytes as the build wrote, drawn again twice", () => {
    const report = validateDataDir("data");
    if (!report.data || !fonts) throw new Error("data/ does not validate");
    const site = buildSite({ data: report.data, problems: report.checks, counts: report.counts, readChecks: () => [] });
    const previews = metricPreviews(site, TEST_SITE_URL);
    expect([...previews.keys()].sort()).toEqual(pages.map((p) => previewPath(p.lang, p.slug)).sort());
    const [path, svg] = [...previews][0] ?? ["", ""];
    const first = previewPng(svg, fonts);
    expect(previewPng(svg, fonts).equals(first)).toBe(true);
    expect(readFileSync(join(ROOT_OUT, path)).equals(first)).toBe(true);
  });

  it("a build that finds no CJK font says so in one line, writes no preview and names no og:image", () => {
    const out = mkdtempSync(join(tmpdir(), "yibao-no-fonts-"));
    try {
      const run = spawnSync(
        process.execPath,
        ["scripts/build.ts", "--data", "tests/fixtures/valid-mini", "--out", join(out, "site")],
        { env: { ...process.env, SITE_URL: TEST_SITE_URL, PREVIEW_FONT_DIRS: "/nonexistent-fonts" }, encoding: "utf8" },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout.split("\n").filter((l) => l.includes("CJK"))).toEqual([
        "build: no CJK font found (install fonts-noto-cjk): social previews and og:image tags are left out of this build",
      ]);
      const files = readdirSync(join(out, "site"), { recursive: true, encoding: "utf8" });
      expect(files.filter((f) => f.endsWith(".png"))).toEqual([]);
      const page = join(out, "site", "metrics", "personnel", "index.html");
      expect(existsSync(page)).toBe(true);
      const html = readFileSync(page, "utf8");
      expect(meta(html, "og:image")).toBeUndefined();
      expect(meta(html, "twitter:card")).toBeUndefined();
      // The chart files do not need a font: they are written all the same.
      expect(files.some((f) => f.endsWith("chart.svg"))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
