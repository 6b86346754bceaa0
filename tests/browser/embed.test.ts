import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serve } from "../setup/serve.ts";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

describe("embed", { timeout: LONG }, () => {
  it("the snippet on another origin resizes the iframe from its fixed height to the embed's scrollHeight", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-host-"));
    const host = await serve(dir);
    h.localOrigins.add(host.origin);
    try {
      await h.withPage(async (page) => {
        await page.goto(`${h.site.url}metrics/personnel/`);
        const snippet = (await page.locator(".embed-code textarea").first().inputValue()).trim();
        const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? "";
        const configured = new URL(src).origin;
        expect(configured).not.toBe(h.site.origin);
        const rewritten = snippet.replaceAll(`src="${configured}/`, `src="${h.site.origin}/`);
        expect(rewritten).toContain(`<script src="${h.site.origin}/js/embed-resize.js"`);
        expect(rewritten).toContain(`<iframe src="${h.site.origin}/embed/`);
        writeFileSync(
          join(dir, "index.html"),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>` +
            `<body><h1>A host page</h1>\n${rewritten}\n<p>After the chart.</p></body></html>`,
        );
        await page.goto(host.url);
        expect(new URL(page.url()).origin).not.toBe(h.site.origin);
        const iframe = page.locator("iframe");
        const fixed = Number(await iframe.getAttribute("height"));
        expect(fixed).toBeGreaterThan(100);
        const frame = await (await iframe.elementHandle())?.contentFrame();
        if (!frame) throw new Error("no embed frame");
        await frame.waitForLoadState("load");
        await page.waitForFunction(
          (h) => Math.abs((document.querySelector("iframe")?.getBoundingClientRect().height ?? h) - h) > 5,
          fixed,
        );
        const height = await iframe.evaluate((f) => f.getBoundingClientRect().height);
        const scrollHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
        expect(Math.abs(height - fixed)).toBeGreaterThan(5);
        expect(Math.abs(height - scrollHeight)).toBeLessThanOrEqual(5);
      });
    } finally {
      h.localOrigins.delete(host.origin);
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
