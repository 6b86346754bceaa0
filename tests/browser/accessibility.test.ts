import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

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
    await h.withPage(
      async (page) => {
        await page.goto(h.site.url + path, { waitUntil: "load" });
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
    await h.withPage(
      async (page) => {
        for (const path of [
          "reports/210400-centre-2024-budget/",
          "en/reports/210300-bureau-2024-budget/",
          "en/metrics/personnel/",
        ]) {
          await page.goto(h.site.url + path);
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
    await h.withPage(async (page) => {
      let charts = 0;
      for (const path of paths) {
        await page.goto(h.site.url + path);
        const problems = await page.evaluate(() =>
          [...document.querySelectorAll("svg")].flatMap((svg) => {
            const out: string[] = [];
            const id = svg.closest("figure")?.id ?? "(no figure)";
            if (svg.getAttribute("role") !== "img") out.push(`${id}: role`);
            const ids = (svg.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
            const targets = ids.map((i) => document.getElementById(i));
            if (targets.length !== 2 || targets.some((t) => !t || !(t.textContent ?? "").trim()))
              out.push(`${id}: aria-labelledby`);
            // Its own title and desc, or (a chart's narrow layout) those of the same figure's wide layout.
            const own = (t: Element | null | undefined) =>
              !!t && t.parentElement?.tagName.toLowerCase() === "svg" && t.closest("figure") === svg.closest("figure");
            if (targets[0]?.tagName.toLowerCase() !== "title" || !own(targets[0])) out.push(`${id}: title`);
            if (targets[1]?.tagName.toLowerCase() !== "desc" || !own(targets[1])) out.push(`${id}: desc`);
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
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}metrics/personnel/`);
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
    await h.withPage(async (page) => {
      const colours: Record<string, { fg: string; bg: string }[]> = {};
      for (const path of ["metrics/personnel/", "reports/210300-bureau-2024-budget/"]) {
        await page.goto(h.site.url + path);
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
