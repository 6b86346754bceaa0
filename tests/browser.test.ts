/**
 * Real-browser tests: the builds from tests/setup/global.ts served over HTTP and driven with Debian's chromium
 * (playwright-core, no downloaded browser). Covers client enhancement (search, compare, metric toggles, embed
 * resize), the no-JavaScript baseline, hostile data, axe-core and our own accessibility checks.
 * Every request a page makes is recorded; anything to a non-local origin is blocked and fails the test.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSearch, searchEntries, type SearchEntry } from "../src/lib/model/search.ts";
import { HOSTILE_OUT, ROOT_OUT } from "./setup/global.ts";
import { serve, type Served } from "./setup/serve.ts";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const LONG = 180_000;

let browser: Browser;
let site: Served;
let hostile: Served;
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

/**
 * Run `fn` with a fresh context and page. Every request is counted; requests to other origins are aborted and
 * recorded, and the test fails if there were any.
 */
async function withPage<T>(
  fn: (page: Page, context: BrowserContext) => Promise<T>,
  options: BrowserContextOptions = {},
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
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
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  browser = await chromium.launch({
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
  site = await serve(ROOT_OUT);
  hostile = await serve(HOSTILE_OUT);
  localOrigins.add(site.origin).add(hostile.origin);
}, LONG);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await hostile?.close();
  console.log(
    `browser requests: ${stats.seen} seen, ${stats.blocked} to non-local origins blocked ` +
      `(${stats.guardSelfTest} of them by the guard's own self-test)`,
  );
});

describe("network", { timeout: LONG }, () => {
  it("pages load only from their own origin: every request is local", async () => {
    await withPage(async (page) => {
      for (const path of ["", "units/210400-centre/", "metrics/personnel/", "search/", "en/compare/", "data/"]) {
        await page.goto(site.url + path, { waitUntil: "load" });
      }
    });
  });

  it("the request guard blocks a request to another origin and fails the test", async () => {
    const before = stats.blocked;
    // bypassCSP: the pages' own CSP (connect-src 'self') would stop this fetch before it reached the network.
    const run = withPage(
      async (page) => {
        await page.goto(site.url);
        await page.evaluate(() => fetch("http://203.0.113.7/track.gif").catch(() => null));
      },
      { bypassCSP: true },
    );
    await expect(run).rejects.toThrow(/non-local/);
    stats.guardSelfTest += stats.blocked - before;
    expect(stats.blocked - before).toBe(1);
  });
});

describe("search", { timeout: LONG }, () => {
  const results = "#search-results a";

  it("typing 抚顺 lists a result linking to units/210400-centre/", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await page.fill("#q", "抚顺");
      await page.locator(`${results}[href$="units/210400-centre/"]`).first().waitFor();
    });
  });

  it("on en/search/, typing fushun lists the English name linking to en/units/210400-centre/", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}en/search/`);
      await page.fill("#q", "fushun");
      const link = page.locator(`${results}[href$="en/units/210400-centre/"]`).first();
      await link.waitFor();
      expect(await link.textContent()).toBe("Fushun Municipal Healthcare Security Affairs Service Centre");
    });
  });

  it.each(["fushun", "fs"])("typing pinyin %s lists 抚顺 results", async (query) => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await page.fill("#q", query);
      await page.locator(results, { hasText: "抚顺" }).first().waitFor();
    });
  });

  it("typing 广东 lists nothing containing 广西 or 山东", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}search/`);
      await page.fill("#q", "抚顺");
      await page.locator(results).first().waitFor();
      await page.fill("#q", "广东");
      await page.waitForFunction(() => !document.getElementById("search-results")?.textContent?.includes("抚顺"));
      const texts = await page.locator(results).allTextContents();
      expect(texts.filter((t) => t.includes("广西") || t.includes("山东"))).toEqual([]);
    });
  });

  it("the fuse index matches exact substrings: 广东 finds 广东省 only, not 广西 or 山东", () => {
    const entry = (title: string, pinyin: string, initials: string): SearchEntry => ({
      type: "unit",
      title,
      title_en: "",
      pinyin,
      initials,
      path: `units/${initials}/`,
    });
    const fuse = createSearch([
      entry("广东省", "guangdongsheng", "gds"),
      entry("广西壮族自治区", "guangxizhuangzuzizhiqu", "gxzzzzq"),
      entry("山东省", "shandongsheng", "sds"),
    ]);
    expect(searchEntries(fuse, "广东").map((e) => e.title)).toEqual(["广东省"]);
    expect(searchEntries(fuse, "guangdong").map((e) => e.title)).toEqual(["广东省"]);
    expect(
      searchEntries(fuse, "广")
        .map((e) => e.title)
        .sort(),
    ).toEqual(["广东省", "广西壮族自治区"]);
    expect(
      searchEntries(fuse, "东")
        .map((e) => e.title)
        .sort(),
    ).toEqual(["山东省", "广东省"]);
  });
});

describe("compare", { timeout: LONG }, () => {
  const shownDocs = (page: Page) =>
    page
      .locator("#compare-table thead th[data-doc]")
      .evaluateAll((ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.getAttribute("data-doc")));

  it("?d=<doc1>&d=<doc2> shows exactly those two columns, also after a reload", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}compare/210000/`);
      const docs = await page
        .locator("input[name=d]")
        .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
      expect(docs.length).toBeGreaterThanOrEqual(3);
      const [a, b] = [docs[0] ?? "", docs[2] ?? ""];
      await page.goto(`${site.url}compare/210000/?d=${a}&d=${b}`);
      for (let round = 0; round < 2; round++) {
        expect(await shownDocs(page)).toEqual([a, b]);
        const widths = await page
          .locator("#compare-table tbody tr")
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].filter((td) => !td.hidden).length));
        expect(new Set(widths)).toEqual(new Set([2]));
        const checked = await page
          .locator("input[name=d]:checked")
          .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
        expect(checked).toEqual([a, b]);
        await page.reload();
      }
    });
  });

  it("submitting the form with three boxes checked puts them in the URL and shows three columns", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}compare/210000/`);
      const boxes = page.locator("input[name=d]");
      const docs = await boxes.evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
      const pick = docs.slice(0, 3);
      for (const d of pick) await page.check(`input[name=d][value="${d}"]`);
      await Promise.all([page.waitForURL(/\?d=/), page.click("[data-compare] button[type=submit]")]);
      expect(new URL(page.url()).searchParams.getAll("d")).toEqual(pick);
      expect(await shownDocs(page)).toEqual(pick);
    });
  });
});

describe("metric page toggles", { timeout: LONG }, () => {
  const visibleVariants = (page: Page) =>
    page
      .locator(".variant")
      .evaluateAll((vs) =>
        vs
          .filter((v) => (v as HTMLElement).offsetParent !== null)
          .map((v) => ({ metric: v.getAttribute("data-metric"), chart: v.querySelector("figure")?.id ?? "" })),
      );

  it("changing the metric select shows that metric's chart and table and puts ?metric= in the URL", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}metrics/personnel/`);
      const options = await page
        .locator("select[name=metric] option")
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const before = await visibleVariants(page);
      expect(before).toHaveLength(1);
      expect(before[0]?.metric).toBe(options[0]);
      const next = options[1] ?? "";
      await page.selectOption("select[name=metric]", next);
      const after = await visibleVariants(page);
      expect(after).toHaveLength(1);
      expect(after[0]?.metric).toBe(next);
      expect(after[0]?.chart).not.toBe(before[0]?.chart);
      expect(new URL(page.url()).searchParams.get("metric")).toBe(next);
      // The visible figure carries its own data table, captioned with its title; the others are hidden.
      const fig = page.locator(`figure#${after[0]?.chart}`);
      expect(await fig.locator("table caption").textContent()).toBe(
        await fig.locator("figcaption strong").textContent(),
      );
      expect(await page.locator(`figure#${before[0]?.chart}`).isVisible()).toBe(false);
      // The selection survives a reload through the URL.
      await page.reload();
      expect((await visibleVariants(page)).map((v) => v.metric)).toEqual([next]);
    });
  });

  it("the visible chart's CSV starts with a UTF-8 BOM and its rows match the chart's data table", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}metrics/personnel/`);
      for (const metric of ["personnel_share_of_basic", "personnel_expense_reported"]) {
        await page.selectOption("select[name=metric]", metric);
        const [chart] = (await visibleVariants(page)).map((v) => v.chart);
        const fig = page.locator(`figure#${chart}`);
        const href = (await fig.locator(".chart-links a[download]").getAttribute("href")) ?? "";
        const bytes = new Uint8Array(await (await fetch(new URL(href, page.url()))).arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder().decode(bytes.slice(3));
        const csv = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
        const table = await fig.locator("table tbody tr").evaluateAll((trs) =>
          trs.map((tr) => ({
            label: tr.querySelector("th")?.textContent?.trim() ?? "",
            value: tr.querySelector("td.num")?.textContent?.trim() ?? "",
            source: tr.querySelectorAll("td")[1]?.textContent?.trim() ?? "",
          })),
        );
        expect(csv.length).toBeGreaterThan(0);
        expect(csv.map((r) => r["label_zh"])).toEqual(table.map((r) => r.label));
        expect(csv.map((r) => r["source"])).toEqual(table.map((r) => r.source));
        csv.forEach((row, i) => {
          const shown = table[i]?.value ?? "";
          if (row["value"] === "") {
            expect(shown).toBe(row["state"]);
            return;
          }
          const value = Number(row["value"]);
          const parsed = shown.endsWith("%") ? Number(shown.slice(0, -1)) / 100 : Number(shown.replace(/,/g, ""));
          expect(Math.abs(parsed - value), `${row["key"]}: ${shown} vs ${row["value"]}`).toBeLessThan(0.000051);
        });
      }
    });
  });
});

describe("without JavaScript", { timeout: LONG }, () => {
  it.each([
    ["the home page", "", false],
    ["a unit page", "units/210400-centre/", false],
    ["a report page", "reports/210400-centre-2024-budget/", true],
    ["a metric page", "metrics/personnel/", true],
  ])("%s renders its h1, tables and inline svg charts", async (_name, path, charts) => {
    await withPage(
      async (page) => {
        await page.goto(site.url + path);
        expect(await page.evaluate(() => document.documentElement.classList.contains("js"))).toBe(false);
        expect((await page.locator("h1").textContent())?.trim().length).toBeGreaterThan(0);
        expect(await page.locator("h1").isVisible()).toBe(true);
        const tables = await page.locator("main .table-wrap table").evaluateAll((ts) => ts.map((t) => t.clientHeight));
        expect(tables.length).toBeGreaterThan(0);
        expect(tables.every((h) => h > 0)).toBe(true);
        if (charts) {
          // Each figure shows one drawn chart (the wide or the narrow layout, chosen by CSS alone).
          const shown = await page
            .locator("figure.chart")
            .evaluateAll((figs) =>
              figs.map(
                (f) =>
                  [...f.querySelectorAll("svg[role=img]")].filter((s) => s.getBoundingClientRect().height > 40).length,
              ),
            );
          expect(shown.length).toBeGreaterThan(0);
          expect(new Set(shown)).toEqual(new Set([1]));
        }
        // Controls that need JavaScript are not shown.
        expect(
          await page.locator(".js-only").evaluateAll((xs) => xs.some((x) => (x as HTMLElement).offsetParent)),
        ).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe("embed", { timeout: LONG }, () => {
  it("the snippet on another origin resizes the iframe from its fixed height to the embed's scrollHeight", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yibao-host-"));
    const host = await serve(dir);
    localOrigins.add(host.origin);
    try {
      await withPage(async (page) => {
        await page.goto(`${site.url}metrics/personnel/`);
        const snippet = (await page.locator(".embed-code textarea").first().inputValue()).trim();
        const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? "";
        const configured = new URL(src).origin;
        expect(configured).not.toBe(site.origin);
        const rewritten = snippet.replaceAll(`src="${configured}/`, `src="${site.origin}/`);
        expect(rewritten).toContain(`<script src="${site.origin}/js/embed-resize.js"`);
        expect(rewritten).toContain(`<iframe src="${site.origin}/embed/`);
        writeFileSync(
          join(dir, "index.html"),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>` +
            `<body><h1>A host page</h1>\n${rewritten}\n<p>After the chart.</p></body></html>`,
        );
        await page.goto(host.url);
        expect(new URL(page.url()).origin).not.toBe(site.origin);
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
      localOrigins.delete(host.origin);
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("hostile data", { timeout: LONG }, () => {
  const NAMES = [
    "鞍山市医疗保障局<script>alert(1)</script>",
    "javascript:alert(1)",
    "医保局 =cmd|' /C calc'!A0",
    '名称=1+1 "><img src=x onerror=alert(3)><script>alert(4)</script>',
  ];
  const NAMES_EN = ['Anshan "><img src=x onerror=alert(1)>', "javascript:alert(2)"];

  it.each([
    ["units/210300-bureau/", [NAMES[0], NAMES[1]]],
    ["reports/210300-bureau-2024-budget/", [NAMES[0], NAMES[3]]],
    ["units/210311-bureau/", [NAMES[1], NAMES[0]]],
    ["units/411624-bureau/", [NAMES[2]]],
    ["en/units/210300-bureau/", [NAMES_EN[0], NAMES_EN[1]]],
    ["units/", [NAMES[0], NAMES[1], NAMES[2]]],
    ["en/units/", NAMES_EN],
    ["", [NAMES[0], NAMES[1], NAMES[2]]],
    ["metrics/personnel/", [NAMES[0]]],
    // Tables and charts written as strings (set:html): every value goes through esc().
    ["compare/210000/", [NAMES[0], NAMES[1]]],
    ["over-time/210000/", [NAMES[0]]],
    ["en/reports/210300-bureau-2024-budget/", [NAMES_EN[0]]],
    ["search/?q=alert", [NAMES[3]]],
  ])("/%s runs no injected code and shows the hostile names as text", async (path, names) => {
    await withPage(async (page) => {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(hostile.url + path, { waitUntil: "load" });
      if (path.startsWith("search/")) await page.locator("#search-results a").first().waitFor();
      const found = await page.evaluate(() => ({
        imgX: document.querySelectorAll('img[src="x"]').length,
        onerror: document.querySelectorAll("[onerror]").length,
        jsLinks: [...document.querySelectorAll("a[href], iframe[src]")].filter((a) =>
          /^\s*javascript:/i.test(a.getAttribute("href") ?? a.getAttribute("src") ?? ""),
        ).length,
        alertScripts: [...document.scripts].filter((s) => s.text.includes("alert(")).length,
        text: document.body.innerText,
      }));
      expect(found.imgX).toBe(0);
      expect(found.onerror).toBe(0);
      expect(found.jsLinks).toBe(0);
      expect(found.alertScripts).toBe(0);
      for (const name of names) expect(found.text).toContain(name);
      await page.waitForTimeout(200);
      expect(dialogs).toEqual([]);
    });
  });

  it("no cell of units.csv or any chart CSV starts with = + - @ unless it is a number", async () => {
    const files = ["data/units.csv", ...readdirSync(join(HOSTILE_OUT, "embed")).map((id) => `embed/${id}/data.csv`)];
    expect(files.length).toBeGreaterThan(10);
    const bad: string[] = [];
    let cells = 0;
    let hostileCells = 0;
    for (const file of files) {
      const res = await fetch(hostile.url + file);
      expect(res.status, file).toBe(200);
      const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      for (const row of rows)
        for (const cell of row) {
          cells++;
          if (NAMES.some((n) => cell.includes(n))) hostileCells++;
          if (/^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell))
            bad.push(`${file}: ${cell}`);
        }
    }
    expect(bad).toEqual([]);
    expect(cells).toBeGreaterThan(100);
    expect(hostileCells).toBeGreaterThan(0);
  });
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe("axe-core", { timeout: 600_000 }, () => {
  const embedId = "metric-personnel-share-of-basic-2024-budget";
  const TEMPLATES = [
    "",
    "units/",
    "units/210400-centre/",
    "metrics/personnel/",
    "metrics/three-public/",
    "metrics/medical-assistance/",
    "metrics/subsidies/",
    "compare/",
    "compare/210000/",
    "over-time/",
    "over-time/210000/",
    "reports/210311-bureau-2024-final/",
    "search/",
    "methodology/",
    "quality/",
    "data/",
    `embed/${embedId}/`,
    "embed-preview/",
  ];

  it("every template in both languages has no serious or critical violations", async () => {
    expect(existsSync(join(ROOT_OUT, "embed", embedId))).toBe(true);
    const pages = TEMPLATES.flatMap((p) => [p, `en/${p}`]);
    const byImpact: Record<string, number> = {};
    const serious: string[] = [];
    await withPage(
      async (page) => {
        for (const path of pages) {
          await page.goto(site.url + path, { waitUntil: "load" });
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe;
            const result = (await axe.run(document, { iframes: false, resultTypes: ["violations"] })) as {
              violations: AxeViolation[];
            };
            return result.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3),
            }));
          });
          for (const v of violations) {
            byImpact[v.impact ?? "unknown"] = (byImpact[v.impact ?? "unknown"] ?? 0) + 1;
            if (v.impact === "serious" || v.impact === "critical")
              serious.push(`/${path}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.join(", ")})`);
          }
        }
      },
      { bypassCSP: true },
    );
    console.log(`axe-core: ${pages.length} pages scanned; violations by impact: ${JSON.stringify(byImpact)}`);
    expect(serious).toEqual([]);
  });
});

describe("our own accessibility checks", { timeout: LONG }, () => {
  it.each([
    "",
    "units/210400-centre/",
    "reports/210400-centre-2024-budget/",
    "metrics/personnel/",
    "en/",
    "en/units/210400-centre/",
    "en/reports/210311-bureau-2024-final/",
    "en/metrics/personnel/",
  ])("/%s has no horizontal scroll at 320 px", async (path) => {
    await withPage(
      async (page) => {
        await page.goto(site.url + path, { waitUntil: "load" });
        const { scroll, widest } = await page.evaluate(() => {
          const wide = [...document.querySelectorAll("body *")]
            .filter((e) => e.getBoundingClientRect().right > 321 && !e.closest(".table-wrap"))
            .map((e) => `${e.tagName.toLowerCase()}.${e.getAttribute("class") ?? ""}`);
          return { scroll: document.documentElement.scrollWidth, widest: wide.slice(0, 5) };
        });
        expect(scroll, `too wide: ${widest.join(", ")}`).toBeLessThanOrEqual(320);
      },
      { viewport: { width: 320, height: 640 } },
    );
  });

  it.each([320, 375, 1280])("at %i px chart text is at least 10 px and no bar label is cut off", async (width) => {
    await withPage(
      async (page) => {
        for (const path of [
          "reports/210400-centre-2024-budget/",
          "en/reports/210300-bureau-2024-budget/",
          "en/metrics/personnel/",
        ]) {
          await page.goto(site.url + path);
          const found = await page.evaluate(() =>
            [...document.querySelectorAll<SVGSVGElement>("figure.chart svg.bars")]
              .filter((svg) => svg.getBoundingClientRect().width > 0)
              .map((svg) => {
                const vb = svg.viewBox.baseVal;
                const scale = svg.getBoundingClientRect().width / vb.width;
                const cut = [...svg.querySelectorAll<SVGTextElement>("text")]
                  .filter((tx) => {
                    const box = tx.getBBox();
                    return box.x < -0.5 || box.x + box.width > vb.width + 0.5;
                  })
                  .map((tx) => tx.textContent ?? "");
                return { id: svg.closest("figure")?.id ?? "", px: 11 * scale, cut };
              }),
          );
          expect(found.length, path).toBeGreaterThan(0);
          for (const f of found) {
            expect(f.px, `${path} ${f.id}: smallest text in px`).toBeGreaterThanOrEqual(10);
            expect(f.cut, `${path} ${f.id}: text outside the chart`).toEqual([]);
          }
        }
      },
      { viewport: { width, height: 800 } },
    );
  });

  it("every chart svg has role=img, a title and desc through aria-labelledby, and sits in a figure with a table", async () => {
    const paths = [
      "reports/210400-centre-2024-budget/",
      "en/reports/210300-bureau-2024-budget/",
      "metrics/personnel/",
      "metrics/three-public/",
      "metrics/medical-assistance/",
      "en/metrics/subsidies/",
      "embed/metric-personnel-share-of-basic-2024-budget/",
    ];
    await withPage(async (page) => {
      let charts = 0;
      for (const path of paths) {
        await page.goto(site.url + path);
        const problems = await page.evaluate(() =>
          [...document.querySelectorAll("svg")].flatMap((svg) => {
            const out: string[] = [];
            const id = svg.closest("figure")?.id ?? "(no figure)";
            if (svg.getAttribute("role") !== "img") out.push(`${id}: role`);
            const ids = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
            const targets = ids.map((i) => document.getElementById(i));
            if (targets.length !== 2 || targets.some((t) => !t || !(t.textContent ?? "").trim()))
              out.push(`${id}: aria-labelledby`);
            if (targets[0]?.tagName.toLowerCase() !== "title" || targets[0]?.parentNode !== svg)
              out.push(`${id}: title`);
            if (targets[1]?.tagName.toLowerCase() !== "desc" || targets[1]?.parentNode !== svg) out.push(`${id}: desc`);
            const fig = svg.closest("figure");
            if (!fig?.querySelector("table")) out.push(`${id}: figure with table`);
            return out;
          }),
        );
        charts += await page.locator("svg").count();
        expect(problems, path).toEqual([]);
      }
      expect(charts).toBeGreaterThan(20);
    });
  });

  it("Tab from the top of /metrics/personnel/ reaches the metric select, the slice select and the first sort button", async () => {
    await withPage(async (page) => {
      await page.goto(`${site.url}metrics/personnel/`);
      await page.locator("table.sortable thead button.sort").first().waitFor();
      const reached = new Set<string>();
      for (let i = 0; i < 120 && reached.size < 3; i++) {
        await page.keyboard.press("Tab");
        const which = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el) return "";
          if (el.matches("select[name=metric]")) return "metric";
          if (el.matches("select[name=slice]")) return "slice";
          if (el === document.querySelector("table.sortable thead button.sort")) return "sort";
          return "";
        });
        if (which) reached.add(which);
      }
      expect([...reached].sort()).toEqual(["metric", "slice", "sort"]);
    });
  });

  it("body text, muted text and links reach 4.5:1 and bar fills 3:1 against white", async () => {
    await withPage(async (page) => {
      const colours: Record<string, { fg: string; bg: string }[]> = {};
      for (const path of ["metrics/personnel/", "reports/210300-bureau-2024-budget/"]) {
        await page.goto(site.url + path);
        const found = await page.evaluate(() => {
          const bgOf = (el: Element | null): string => {
            for (let e = el; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              if (c && c !== "transparent" && !/rgba\(.*,\s*0\)$/.test(c)) return c;
            }
            return "rgb(255, 255, 255)";
          };
          const pick = (selector: string) =>
            [...document.querySelectorAll(selector)].map((e) => ({ fg: getComputedStyle(e).color, bg: bgOf(e) }));
          return {
            body: pick("main p, main li, main td, main th"),
            muted: pick(".muted, .formula, .notes, td.src, .site-footer, .profile dt"),
            links: pick("a[href]"),
            bars: [...document.querySelectorAll("svg.bars g.bar rect")].map((e) => ({
              fg: getComputedStyle(e).fill,
              bg: "rgb(255, 255, 255)",
            })),
          };
        });
        for (const [k, v] of Object.entries(found)) (colours[k] ??= []).push(...v);
      }
      const rgb = (c: string) => (/rgba?\(([^)]+)\)/.exec(c)?.[1] ?? "0,0,0").split(",").map((x) => Number(x.trim()));
      const lum = (c: string) => {
        const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a: string, b: string) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
        return (x + 0.05) / (y + 0.05);
      };
      const worst = (list: { fg: string; bg: string }[] = []) => {
        expect(list.length).toBeGreaterThan(0);
        return Math.min(...list.map((c) => ratio(c.fg, c.bg)));
      };
      expect(worst(colours["body"])).toBeGreaterThanOrEqual(4.5);
      expect(worst(colours["muted"])).toBeGreaterThanOrEqual(4.5);
      expect(worst(colours["links"])).toBeGreaterThanOrEqual(4.5);
      expect(worst(colours["bars"])).toBeGreaterThanOrEqual(3);
    });
  });
});
