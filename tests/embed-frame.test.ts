import { describe, expect, it } from "vitest";
import {
  embedBlocks,
  embedFramePadding,
  embedHeight,
  embedHeights,
  type EmbedBlock,
} from "../src/lib/charts/embed-frame.ts";

/** The CSS length the snippet writes, evaluated as a browser would for a box `width` px wide. */
function evaluate(css: string, width: number): number {
  const calc = (s: string) => {
    const m = /^calc\((-?[\d.]+)px \+ (-?[\d.]+)%\)$/.exec(s.trim());
    if (m) return Number(m[1]) + (Number(m[2]) / 100) * width;
    if (/^-?[\d.]+px$/.test(s.trim())) return parseFloat(s);
    throw new Error(`unexpected ${s}`);
  };
  const fn = (s: string): number => {
    const m = /^(max|min)\((.*)\)$/.exec(s.trim());
    if (!m) return calc(s);
    const args: string[] = [];
    let depth = 0;
    let start = 0;
    const inner = m[2] ?? "";
    for (let i = 0; i < inner.length; i++) {
      if (inner[i] === "(") depth++;
      else if (inner[i] === ")") depth--;
      else if (inner[i] === "," && depth === 0) {
        args.push(inner.slice(start, i));
        start = i + 1;
      }
    }
    args.push(inner.slice(start));
    const values = args.map(fn);
    return m[1] === "max" ? Math.max(...values) : Math.min(...values);
  };
  return fn(css);
}

// Ten CJK characters at 12 px: 120 px, one line wherever the text column is 138 px (120 × 1.15) or wider.
const blocks: EmbedBlock[] = [{ text: "一二三四五六七八九十", font: 12, line: 20, space: 0 }];
const drawings = { narrow: { width: 300, height: 150 }, wide: { width: 640, height: 320 } };

describe("embed frame", () => {
  it("embedHeight adds the page's fixed 64 px, the drawing scaled to the text column and the text lines", () => {
    // 316 px: a 300 px column (8 px padding each side), the narrow drawing at 300 × 150, one line of 20 px.
    expect(embedHeight(blocks, drawings, 316)).toBe(64 + 150 + 20);
    // 1000 px: the wide drawing at its 800 px maximum (800 × 320 / 640 = 400).
    expect(embedHeight(blocks, drawings, 1000)).toBe(64 + 400 + 20);
    // 96 px: a 80 px column takes the ten characters in two lines (80 / 1.15 = 69.6 px: five characters a line).
    expect(embedHeight(blocks, drawings, 96)).toBe(64 + 40 + 40);
  });

  it("embedFramePadding is never shorter than the estimated embed from 320 to 1000 px, nor past it", () => {
    const css = embedFramePadding(blocks, drawings);
    for (let w = 320; w <= 1200; w++)
      expect(evaluate(css, w), `${w}px`).toBeGreaterThanOrEqual(
        embedHeight(blocks, drawings, Math.min(w, 1000)) - 0.01,
      );
    // Narrow drawing at 575 px: 64 + 559 × 0.5 + 20 = 363.5; the wide one at 576: 64 + 560 × 0.5 + 20 = 364.
    // Written up to 2 px above (whole pixels, plus one).
    for (const [w, est] of [
      [575, 364],
      [1000, 484],
    ] as const) {
      expect(evaluate(css, w)).toBeGreaterThanOrEqual(est);
      expect(evaluate(css, w)).toBeLessThanOrEqual(est + 2);
    }
  });

  it("holds a one-drawing chart whose drawing stops growing early (max 36rem) and whose text then wraps less", () => {
    // A 360 × 70 drawing capped at 576 px, under a note of 41 characters (492 px): two lines at 576 px (a 560 px
    // column takes 560 / 1.15 = 487 px a line), one at 592 px. A line fitted over 576–592 falls 40 px in 16: it
    // must not fall below the embed further on.
    const long: EmbedBlock[] = [{ text: "一".repeat(41), font: 12, line: 40, space: 0 }];
    const one = { narrow: { width: 360, height: 70 }, wide: { width: 360, height: 70 }, max: 576 };
    const css = embedFramePadding(long, one);
    for (let w = 320; w <= 1200; w++)
      expect(evaluate(css, w), `${w}px`).toBeGreaterThanOrEqual(embedHeight(long, one, Math.min(w, 1000)) - 0.01);
  });

  it("embedHeights (bisected line counts) equals embedHeight at every width from 320 to 1000 px", () => {
    const texts = embedBlocks({
      title: "沈丘县医疗保障局 · 支出构成：人员经费、公用经费、项目支出",
      formula: "Formula: personnel expense ÷ basic expenditure (both as the report prints them)",
      unit: "Unit: % · share of total expenditure · one bar per report · 2020–2024",
      legend: ["Personnel expense (as reported)", "Public (operating) expense (as reported)", "Project expenditure"],
      notes: [
        "Personnel and public (operating) expense are the two parts of basic expenditure as the report gives them.",
        "转拨资金：21012、21013、21014、2101103 的项目支出，及按名称认定的离休人员医药费等转拨项目（见方法说明）。",
      ],
      summary: "Chart data",
      links: ["Download SVG", "Download PNG", "Open the full page"],
      source: "Source: https://yibao-budgets.test/en/units/411624-bureau/#composition-411624-bureau-spending",
    });
    const two = { narrow: { width: 300, height: 150 }, wide: { width: 640, height: 320 } };
    const fast = embedHeights(texts, two, 320, 1000);
    for (let w = 320; w <= 1000; w++) expect(fast[w - 320], `${w}px`).toBe(embedHeight(texts, two, w));
  });
});
