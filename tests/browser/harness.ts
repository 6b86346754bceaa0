/**
 * Shared set-up of the real-browser tests: the builds from tests/setup/global.ts served over HTTP and driven with
 * Debian's chromium (playwright-core, no downloaded browser). Every request a page makes is recorded; anything to a
 * non-local origin is blocked and fails the test. Each test file calls `useBrowser()` once at its top level.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { HOSTILE_OUT, PROVINCES_OUT, ROOT_OUT } from "../setup/global.ts";
import { serve, type Served } from "../setup/serve.ts";

export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const LONG = 180_000;

export interface Harness {
  browser: Browser;
  /** The real data at the root base. */
  site: Served;
  /** The hostile fixture (script tags, formulas and javascript: URLs in names). */
  hostile: Served;
  /** The real data plus units in 广东, 广西 and 山东 (search must tell the three apart). */
  provinces: Served;
  /** Origins treated as local (the served builds, and any server a test adds). */
  localOrigins: Set<string>;
  stats: { seen: number; blocked: number; guardSelfTest: number };
  /**
   * Run `fn` with a fresh context and page. Every request is counted; requests to other origins are aborted and
   * recorded, and the test fails if there were any.
   */
  withPage: <T>(fn: (page: Page, context: BrowserContext) => Promise<T>, options?: BrowserContextOptions) => Promise<T>;
}

export function useBrowser(): Harness {
  const localOrigins = new Set<string>();
  const stats = { seen: 0, blocked: 0, guardSelfTest: 0 };
  const isLocal = (raw: string): boolean => {
    if (/^(data|blob|about):/.test(raw)) return true;
    try {
      return localOrigins.has(new URL(raw).origin);
    } catch {
      return false;
    }
  };
  const h = { localOrigins, stats } as Harness;
  h.withPage = async (fn, options = {}) => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const mine = new Set<string>();
    await context.route(
      (url) => !isLocal(url.href),
      async (route) => {
        stats.blocked++;
        mine.add(route.request().url());
        await route.abort("blockedbyclient");
      },
    );
    context.on("request", (request) => {
      stats.seen++;
      if (!isLocal(request.url())) mine.add(request.url());
    });
    try {
      const page = await context.newPage();
      const result = await fn(page, context);
      expect([...mine], "requests to non-local origins").toEqual([]);
      return result;
    } finally {
      await context.close();
    }
  };
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    h.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-gpu",
        "--no-first-run",
        "--disable-sync",
      ],
    });
    h.site = await serve(ROOT_OUT);
    h.hostile = await serve(HOSTILE_OUT);
    h.provinces = await serve(PROVINCES_OUT);
    localOrigins.add(h.site.origin).add(h.hostile.origin).add(h.provinces.origin);
  }, LONG);
  afterAll(async () => {
    await h.browser?.close();
    await h.site?.close();
    await h.hostile?.close();
    await h.provinces?.close();
    console.log(
      `browser requests: ${stats.seen} seen, ${stats.blocked} to non-local origins blocked ` +
        `(${stats.guardSelfTest} of them by the guard's own self-test)`,
    );
  });
  return h;
}
