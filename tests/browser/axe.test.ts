import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_OUT } from "../setup/global.ts";
import { useBrowser } from "./harness.ts";

const h = useBrowser();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

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
    await h.withPage(
      async (page) => {
        for (const path of pages) {
          await page.goto(h.site.url + path, { waitUntil: "load" });
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
