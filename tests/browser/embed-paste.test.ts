/**
 * Every embed snippet, pasted exactly as the build writes it into an article page on a second origin, shows the
 * embed whole at 375 and 700 px, with and without its script (many news CMSs strip scripts). The snippet's URLs name
 * the configured site (TEST_SITE_URL, which never resolves): the browser's requests to it are answered by the
 * built site served on its own port, so the embed runs on a third origin, as on a real article.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "node-html-parser";
import type { ElementHandle, Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT_OUT, TEST_SITE_URL } from "../setup/global.ts";
import { serve } from "../setup/serve.ts";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

/** Every snippet the build writes: page → the textarea's text, as a reader copies it. */
function snippets(): { page: string; snippet: string }[] {
  const pages = ["", "en/"].flatMap((lang) => [
    ...readdirSync(join(ROOT_OUT, lang, "metrics")).map((f) => `${lang}metrics/${f}/`),
    ...readdirSync(join(ROOT_OUT, lang, "reports")).map((d) => `${lang}reports/${d}/`),
    ...readdirSync(join(ROOT_OUT, lang, "units"))
      .filter((d) => !d.includes("."))
      .map((d) => `${lang}units/${d}/`),
  ]);
  return pages.flatMap((page) =>
    parse(readFileSync(join(ROOT_OUT, page, "index.html"), "utf8"))
      .querySelectorAll(".embed-code textarea")
      .map((t) => ({ page, snippet: t.text })),
  );
}

const article = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Article</title></head>` +
  `<body><article><h1>An article</h1><p>Before the chart.</p>\n${body}\n<p>After the chart.</p></article></body></html>`;

/** Loads every iframe of the page (they load lazily: each is scrolled to) and returns their frames. */
async function loadAll(page: Page): Promise<{ src: string; frame: Frame; iframe: ElementHandle }[]> {
  const out = [];
  for (const iframe of await page.locator("iframe").elementHandles()) {
    await iframe.scrollIntoViewIfNeeded();
    const frame = await iframe.contentFrame();
    if (!frame) throw new Error("an iframe without a frame");
    // A lazy iframe is about:blank until it starts loading: wait for the embed's own document.
    await frame.waitForFunction(() => document.querySelector("figure.chart .source-line") !== null);
    await frame.waitForLoadState("load");
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    out.push({ src: (await iframe.getAttribute("src")) ?? "", frame, iframe });
  }
  return out;
}

/**
 * Every frame's heights, each scrolled to (Chromium does not lay out a cross-origin frame out of view, so its
 * ResizeObserver waits until a reader scrolls to it) and read again 50 ms apart, up to 5 s (114 frames load at once; some report late), until `settled` holds.
 */
async function measure(
  frames: { src: string; frame: Frame; iframe: ElementHandle }[],
  settled: (m: Measure) => boolean,
): Promise<Measure[]> {
  const out: Measure[] = [];
  for (const { src, frame, iframe } of frames) {
    await iframe.scrollIntoViewIfNeeded();
    const read = async (): Promise<Measure> => ({
      src,
      frameHeight: await iframe.evaluate((f) => (f as HTMLElement).getBoundingClientRect().height),
      ...(await frame.evaluate(() => ({
        scrollHeight: document.documentElement.scrollHeight,
        contentHeight: document.body.getBoundingClientRect().height,
      }))),
    });
    let m = await read();
    for (let tries = 0; !settled(m) && tries < 100; tries++) {
      await new Promise((r) => setTimeout(r, 50));
      m = await read();
    }
    out.push(m);
  }
  return out;
}

interface Measure {
  src: string;
  frameHeight: number;
  scrollHeight: number;
  contentHeight: number;
}

describe("embed snippets pasted on another origin", { timeout: LONG * 2 }, () => {
  it("show the whole embed at 375 and 700 px, with and without the script; the script fits the frame to it", async () => {
    const all = snippets();
    // Each in both languages: 40 ranked charts; on report pages 4 functional charts and 1 budget-vs-final chart
    // (the other reports have no final account of the same year to pair); on unit pages 2 time series (鞍山
    // bureau) and 10 composition charts (2 for each of the 5 bodies with a report of their own).
    const count = (kind: string) => all.filter((s) => s.page.replace(/^en\//, "").startsWith(kind)).length;
    expect([count("metrics/"), count("reports/"), count("units/")]).toEqual([80, 10, 24]);
    const dir = mkdtempSync(join(tmpdir(), "yibao-article-"));
    writeFileSync(join(dir, "with-script.html"), article(all.map((s) => s.snippet).join("\n")));
    const stripped = all.map((s) => s.snippet.replace(/<script\b[^>]*><\/script>/g, ""));
    expect(stripped.join("")).not.toContain("<script");
    writeFileSync(join(dir, "without-script.html"), article(stripped.join("\n")));
    const host = await serve(dir);
    h.localOrigins.add(host.origin).add(TEST_SITE_URL);
    const clipped: string[] = [];
    const loose: string[] = [];
    try {
      await h.withPage(async (page, context) => {
        // The configured site's requests go to the built site on its own port.
        await context.route(`${TEST_SITE_URL}/**`, async (route) => {
          const url = new URL(route.request().url());
          await route.fulfill({ response: await route.fetch({ url: `${h.site.origin}${url.pathname}${url.search}` }) });
        });
        for (const file of ["without-script.html", "with-script.html"]) {
          const script = file === "with-script.html";
          await page.setViewportSize({ width: 375, height: 800 });
          await page.goto(`${host.url}${file}`);
          const frames = await loadAll(page);
          for (const width of [375, 700]) {
            await page.setViewportSize({ width, height: 800 });
            const fits = (m: Measure) => m.scrollHeight <= Math.ceil(m.frameHeight);
            const fitted = (m: Measure) => fits(m) && Math.abs(m.frameHeight - m.contentHeight) <= 2;
            const all = await measure(frames, script ? fitted : fits);
            for (const m of all) {
              const at = `${width}px ${script ? "script" : "no script"} ${m.src}`;
              expect(m.contentHeight, `${at}: the embed is drawn`).toBeGreaterThan(300);
              if (!fits(m)) clipped.push(`${at}: content ${m.scrollHeight} > frame ${m.frameHeight}`);
              else if (script && !fitted(m)) loose.push(`${at}: frame ${m.frameHeight}, content ${m.contentHeight}`);
            }
            if (!script) {
              const spare = all.map((m) => m.frameHeight - m.contentHeight).sort((a, b) => a - b);
              console.log(
                `${width}px without the script: spare height below the embed min ${Math.round(spare[0] ?? 0)} px, ` +
                  `median ${Math.round(spare[spare.length >> 1] ?? 0)} px, max ${Math.round(spare[spare.length - 1] ?? 0)} px`,
              );
            }
          }
        }
      });
    } finally {
      h.localOrigins.delete(host.origin);
      h.localOrigins.delete(TEST_SITE_URL);
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(clipped, "embeds cut off").toEqual([]);
    expect(loose, "frames the script did not fit to their embed").toEqual([]);
  });
});
