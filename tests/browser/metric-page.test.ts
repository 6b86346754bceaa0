import Papa from "papaparse";
import { type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { LONG, useBrowser } from "./harness.ts";

const h = useBrowser();

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
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}metrics/personnel/`);
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
    await h.withPage(async (page) => {
      await page.goto(`${h.site.url}metrics/personnel/`);
      for (const metric of ["personnel_share_of_basic", "personnel_expense_reported"]) {
        await page.selectOption("select[name=metric]", metric);
        const [chart] = (await visibleVariants(page)).map((v) => v.chart);
        const fig = page.locator(`figure#${chart}`);
        const href = (await fig.locator('.chart-links a[download][href$=".csv"]').getAttribute("href")) ?? "";
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
          // A flagged figure's label ends in ⚑ (a recorded finding concerns it: the CSV's finding_ids).
          const shown = (table[i]?.value ?? "").replace(/\s*⚑$/, "");
          expect(shown !== table[i]?.value).toBe(row["finding_ids"] !== "");
          if (row["value"] === "") {
            // No figure: the table says why in words, the CSV names the state (metrics.csv's status).
            expect(["blank", "not_disclosed", "not_applicable"]).toContain(row["state"]);
            expect(shown.length).toBeGreaterThan(0);
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
