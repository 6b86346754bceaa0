/**
 * Invariants of the metric registry (src/lib/model/metrics/registry.ts): the one list the views, charts, downloads
 * and search read. A new metric that breaks one of these fails here before it fails a page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../src/i18n/en.json" with { type: "json" };
import zh from "../src/i18n/zh.json" with { type: "json" };
import { factsByDocument } from "../src/lib/data/facts.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import {
  FAMILY_METRICS,
  FAMILY_PAGES,
  HEADLINE_METRICS,
  KEY_FIGURE_SECTIONS,
  METRICS,
  OVER_TIME_METRICS,
  metricDef,
} from "../src/lib/model/metrics/registry.ts";
import { FAMILIES } from "../src/lib/model/metrics/taxonomy.ts";
import { ratio } from "../src/lib/model/metrics/values.ts";

const dictionaries: Record<string, Record<string, string>> = { zh, en };
const ids = METRICS.map((m) => m.id);

describe("metric registry", () => {
  it("METRICS ids are unique", () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("FAMILIES: ids and slugs are unique, and every family has at least one metric", () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length);
    expect(new Set(FAMILY_PAGES.map((f) => f.slug)).size).toBe(FAMILY_PAGES.length);
    for (const f of FAMILIES)
      expect(
        METRICS.filter((m) => m.family === f.id),
        f.id,
      ).not.toHaveLength(0);
  });

  it("every metric belongs to a declared family", () => {
    const families = new Set<string>(FAMILIES.map((f) => f.id));
    for (const m of METRICS) expect(families.has(m.family), m.id).toBe(true);
  });

  it.each(Object.keys(dictionaries))("every metric has a label and a formula in %s", (lang) => {
    const dict = dictionaries[lang] ?? {};
    for (const m of METRICS) {
      expect(dict[m.label], `${lang}:${m.label}`).toBeTruthy();
      if ("key" in m.formula) expect(dict[m.formula.key], `${lang}:${m.formula.key}`).toBeTruthy();
      else expect(dict["formula.ratio"], `${lang}:formula.ratio`).toContain("{a}");
    }
  });

  it.each(Object.keys(dictionaries))("every family label and key-figure section is translated in %s", (lang) => {
    const dict = dictionaries[lang] ?? {};
    for (const f of FAMILIES) {
      expect(dict[f.label], `${lang}:${f.label}`).toBeTruthy();
      expect(dict[f.section], `${lang}:${f.section}`).toBeTruthy();
    }
  });

  it("a ratio formula names two registered metrics, and compute() is their ratio on every document of data/", () => {
    const data = validateDataDir("data").data;
    if (!data) throw new Error("data/ must validate");
    const facts = [...factsByDocument(data).values()];
    for (const m of METRICS) {
      if (!("ratio" in m.formula)) continue;
      const [a, b] = m.formula.ratio.map(metricDef);
      if (!a || !b) throw new Error(m.id);
      for (const f of facts)
        expect(m.compute(f), `${m.id} ${f.document.document_id}`).toEqual(ratio(a.compute(f), b.compute(f)));
    }
  });

  it("FAMILY_METRICS: every family page charts ≥ 1 metric, positions 1…n, and only paged families chart", () => {
    for (const f of FAMILY_PAGES) {
      const positions = METRICS.filter((m) => m.family === f.id && m.chart !== null).map((m) => m.chart);
      expect(
        positions.sort((x, y) => (x ?? 0) - (y ?? 0)),
        f.id,
      ).toEqual(positions.map((_, i) => i + 1));
      expect(FAMILY_METRICS[f.id].length, f.id).toBeGreaterThan(0);
    }
    const paged = new Set<string>(FAMILY_PAGES.map((f) => f.id));
    for (const m of METRICS) if (m.chart !== null) expect(paged.has(m.family), m.id).toBe(true);
  });

  it("every listed metric exists, and the key-figure sections list every metric exactly once", () => {
    const listed = [
      ...Object.values(FAMILY_METRICS).flat(),
      ...KEY_FIGURE_SECTIONS.flatMap(([, list]) => list),
      ...HEADLINE_METRICS,
      ...OVER_TIME_METRICS.map((m) => m.id),
    ];
    for (const id of listed) expect(ids, id).toContain(id);
    expect(KEY_FIGURE_SECTIONS.flatMap(([, list]) => list).sort()).toEqual([...ids].sort());
    expect(HEADLINE_METRICS.length).toBeGreaterThan(0);
  });

  it("views and components name no metric id: they iterate over the registry", () => {
    for (const dir of ["src/views", "src/components"])
      for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".astro"))) {
        const text = readFileSync(join(dir, file), "utf8");
        for (const id of ids) expect(text, `${dir}/${file} names "${id}"`).not.toMatch(new RegExp(`["'\`]${id}["'\`]`));
      }
  });
});
