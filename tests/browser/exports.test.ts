/**
 * The chart downloads as a reader gets them: click "download SVG" / "download PNG" on a report page (the picture is
 * composed in the page) and on a metric page (the picture is embed/<chart>/chart.svg), in both languages.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/lib/data/validate.ts";
import { standaloneChart } from "../../src/lib/render/standalone-files.ts";
import { buildSite } from "../../src/lib/site/build-site.ts";
import { ROOT_OUT, TEST_SITE_URL } from "../setup/global.ts";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

/** A PNG's pixel size, from its IHDR chunk (bytes 16–23). */
const pngSize = (png: Buffer) => ({ w: png.readUInt32BE(16), h: png.readUInt32BE(20) });

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Texts of an SVG's <text> elements, whitespace as written. */
const texts = (svg: string) =>
  parse(svg)
    .querySelectorAll("text")
    .map((t) => t.text);

const REPORT = "210311-bureau-2024-final";
const REPORT_CHART = `unit-${REPORT}-functional`;

describe("chart downloads", { timeout: LONG }, () => {
  it.each(["zh", "en"] as const)(
    "a report page's SVG and PNG (%s) stand alone: title, unit, legend, notes, source, credit; PNG at 2×",
    async (lang) => {
      const prefix = lang === "zh" ? "" : "en/";
      await h.withPage(async (page) => {
        await page.goto(`${h.site.url}${prefix}reports/${REPORT}/`);
        const svg = await download(page, `button[data-download-svg="${REPORT_CHART}"]`);
        expect(svg.name).toBe(`${REPORT_CHART}.svg`);
        const text = svg.bytes.toString("utf8");
        const root = parse(text).querySelector("svg");
        const title = (await page.locator(`#${REPORT_CHART} [data-part=title]`).textContent())?.trim() ?? "";
        expect(root?.querySelector("title")?.text).toBe(title);
        const all = texts(text);
        expect(all).toContain(lang === "zh" ? "单位：万元 · 决算" : "Unit: 10,000 yuan · Final account");
        expect(all.some((t) => t.startsWith(lang === "zh" ? "来源：" : "Source: "))).toBe(true);
        // The consolidated report's two bodies are keyed in the legend, each with its fill.
        expect(all).toContain(
          lang === "zh" ? "千山区医疗保障局" : "Qianshan District Healthcare Security Administration",
        );
        expect(text).toContain('fill="#2e7d4f"');
        const credit = all.slice(all.findIndex((t) => t.startsWith("yibao-budgets ·")));
        // The credit wraps where it must (the URL after the name, a long URL after a /).
        expect(credit.join("").replace(/\s/g, "")).toBe(
          `yibao-budgets·${TEST_SITE_URL}/${prefix}reports/${REPORT}/#${REPORT_CHART}`,
        );
        // Composed in the page as the build composes the metric charts' files (standalone.ts): same words, same size.
        const report = validateDataDir("data");
        if (!report.data) throw new Error("data/ does not validate");
        const site = buildSite({
          data: report.data,
          problems: report.checks,
          counts: report.counts,
          readChecks: () => [],
        });
        const spec = site.charts.find((c) => c.id === REPORT_CHART);
        if (!spec) throw new Error(`no chart ${REPORT_CHART}`);
        const expected = standaloneChart(spec.view(lang), lang, TEST_SITE_URL);
        expect(all).toEqual(texts(expected.svg));
        expect([root?.getAttribute("width"), root?.getAttribute("height")]).toEqual([
          String(expected.width),
          String(expected.height),
        ]);

        const png = await download(page, `button[data-download-png="${REPORT_CHART}"]`);
        expect(png.name).toBe(`${REPORT_CHART}.png`);
        expect(pngSize(png.bytes)).toEqual({ w: Math.ceil(expected.width * 2), h: Math.ceil(expected.height * 2) });
      });
    },
  );

  it.each(["zh", "en"] as const)(
    "a metric page's SVG (%s) is its chart.svg, which names title, unit, source and credit; its PNG is 2× that",
    async (lang) => {
      const prefix = lang === "zh" ? "" : "en/";
      await h.withPage(async (page) => {
        await page.goto(`${h.site.url}${prefix}metrics/personnel/`);
        const figure = page.locator(".variant:not([hidden]) figure").first();
        const id = (await figure.getAttribute("data-chart")) ?? "";
        const svg = await download(page, `a[data-download-svg="${id}"]`);
        expect(svg.name).toBe(`${id}.svg`);
        const file = readFileSync(join(ROOT_OUT, prefix, "embed", id, "chart.svg"));
        expect(svg.bytes.equals(file)).toBe(true);
        const text = file.toString("utf8");
        const all = texts(text);
        const title = (await figure.locator("[data-part=title]").textContent())?.trim() ?? "";
        expect(all[0]).toBe(title);
        const subtitle = (await figure.getAttribute("data-subtitle")) ?? "";
        expect(subtitle).toMatch(lang === "zh" ? /^单位：% · (预算|决算)$/ : /^Unit: % · (Budget|Final account)$/);
        expect(all).toContain(subtitle);
        expect(all.some((t) => t.startsWith(lang === "zh" ? "来源：" : "Source: "))).toBe(true);
        expect(all.some((t) => t === "yibao-budgets ·")).toBe(true);
        expect(all.some((t) => t.startsWith(`${TEST_SITE_URL}/${prefix}metrics/personnel/?metric=`))).toBe(true);
        const root = parse(text).querySelector("svg");
        const png = await download(page, `button[data-download-png="${id}"]`);
        expect(pngSize(png.bytes)).toEqual({
          w: Math.ceil(Number(root?.getAttribute("width")) * 2),
          h: Math.ceil(Number(root?.getAttribute("height")) * 2),
        });
      });
    },
  );

  /** The other chart kinds, each composed in its page from the figure's parts: [page, chart id, legend, a fill]. */
  const KINDS = [
    [
      "units/411624-bureau/",
      "composition-411624-bureau-spending",
      ["人员经费（报告口径）", "公用经费（报告口径）", "项目支出"],
      'fill="#1f4e79"',
    ],
    ["units/210300-bureau/", "series-210300-bureau-total_expenditure", ["预算数（蓝色实线）"], 'stroke="#2f6db5"'],
    [
      `reports/${REPORT}/`,
      `pair-${REPORT}`,
      ["预算数（年初预算 / 项目下达金额）", "决算数（实际支出 / 项目执行金额）", "灰线：两者之差"],
      ".paired .mark-final{fill:#b4541a",
    ],
  ] as const;
  it.each(KINDS)(
    "%s: the %s chart's SVG stands alone (title, subtitle, legend, notes, source, credit); PNG at 2×",
    async (path, id, legend, fill) => {
      await h.withPage(async (page) => {
        await page.goto(`${h.site.url}${path}`);
        const svg = await download(page, `button[data-download-svg="${id}"]`);
        expect(svg.name).toBe(`${id}.svg`);
        const text = svg.bytes.toString("utf8");
        const all = texts(text);
        const figure = page.locator(`#${id}`);
        const title = ((await figure.locator("[data-part=title]").textContent()) ?? "").trim();
        const joined = all.join("").replace(/\s/g, "");
        expect(joined).toContain(title.replace(/\s/g, ""));
        expect(all).toContain((await figure.getAttribute("data-subtitle")) ?? "");
        for (const key of legend) expect(all).toContain(key);
        const note = ((await figure.locator("[data-part=note]").first().textContent()) ?? "").trim();
        expect(joined).toContain(note.replace(/\s/g, ""));
        expect(all.some((t) => t.startsWith("来源："))).toBe(true);
        expect(joined).toContain(`yibao-budgets·${TEST_SITE_URL}/${path}#${id}`);
        expect(text).toContain(fill);
        const root = parse(text).querySelector("svg");
        const png = await download(page, `button[data-download-png="${id}"]`);
        expect(pngSize(png.bytes)).toEqual({
          w: Math.ceil(Number(root?.getAttribute("width")) * 2),
          h: Math.ceil(Number(root?.getAttribute("height")) * 2),
        });
      });
    },
  );
});
