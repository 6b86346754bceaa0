import { textWidth, wrap } from "./text.ts";

/**
 * A chart that stands alone as a picture (as OWID's and Datawrapper's exports do): the chart's own SVG between a
 * header (title, subtitle with unit and stage, legend) and a footer (notes, source, credit), each text wrapped to
 * the picture's width and the heights computed from the wrapped lines. Generic over chart kinds: it needs the
 * chart's SVG (any <svg> with a viewBox) and the words around it, never the bars themselves.
 */

/** What a legend key shows beside its label: a stage's stroke and fill (or stroke alone), a body's fill, or ⚑. */
export type Swatch = "budget" | "final" | "budget-outline" | "final-outline" | `group-${number}` | "flag";

export interface LegendKey {
  swatch: Swatch;
  label: string;
}

/** The words around a chart, in one language; what the chart page shows above and below the chart. */
export interface StandalonePieces {
  /** `zh` or `en`: the SVG's xml:lang. */
  lang: string;
  title: string;
  /** The unit and stage: "单位：万元 · 决算". */
  subtitle: string;
  legend: LegendKey[];
  notes: string[];
  /** The source line naming the reports. */
  source: string;
  /** "yibao-budgets · <URL of the chart's own view>". */
  credit: string;
}

/** Declared font stack: system CJK fonts first (no remote fonts), then any sans-serif. */
export const FONT_STACK =
  "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

/** The site's chart colours (public/css/site.css), for a picture that leaves the page's style sheet behind. */
export const COLOURS = {
  ink: "#1b1f24",
  muted: "#4d5560",
  budget: "#2f6db5",
  final: "#b4541a",
  finalStroke: "#6e3210",
  body2: "#2e7d4f",
};

/** Style of the chart inside (the rules of public/css/site.css that draw a chart), and of the frame around it. */
export const STANDALONE_STYLE = [
  `text{font-family:${FONT_STACK};font-size:12px;fill:${COLOURS.ink}}`,
  `.tick line{stroke:#e3e6ea}.tick text,.axis-unit{fill:${COLOURS.muted};font-size:11px}.zero{stroke:#5b6470}`,
  `.bar-budget rect{fill:${COLOURS.budget}}`,
  `.bar-final rect{fill:${COLOURS.final};stroke:${COLOURS.finalStroke};stroke-dasharray:3 2}`,
  `.group-1 rect{fill:${COLOURS.body2}}`,
  `.sa-title{font-size:18px;font-weight:700}.sa-sub{font-size:13px;fill:${COLOURS.muted}}`,
  `.sa-foot{font-size:11px;fill:${COLOURS.muted}}`,
].join("");

/** Sizes of the frame, px: padding, and each kind of text's font size and line height. */
export const PAD = 16;
export const TITLE = { size: 18, line: 24 };
export const SUB = { size: 13, line: 18 };
export const LEGEND = { size: 12, line: 20, swatch: 12, gap: 16 };
export const FOOT = { size: 11, line: 15 };

/** `text` wrapped to `width` px at `size` px (text.ts estimates 12px text; widths scale with the size). */
export function wrapAt(text: string, width: number, size: number): string[] {
  const max = Math.floor((width * 12) / size);
  return text ? wrap(text, max, 50).flatMap((line) => cutLong(line, max)) : [];
}

/** A line still wider than `max` (one long word: a URL) cut between characters, after a / where one is near. */
function cutLong(line: string, max: number): string[] {
  const lines: string[] = [];
  let rest = line;
  while (textWidth(rest) > max) {
    let end = rest.length;
    while (end > 1 && textWidth(rest.slice(0, end)) > max) end--;
    const slash = rest.lastIndexOf("/", end - 1);
    const cut = slash > end * 0.6 ? slash + 1 : end;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...lines, rest];
}

/** The chart's own SVG, taken apart: its viewBox size, class and what is inside it. */
export function chartParts(svg: string): { width: number; height: number; className: string; inner: string } {
  const open = /^<svg\b([^>]*)>/.exec(svg);
  const viewBox = open && /\bviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open[1] ?? "");
  if (!open || !viewBox || !svg.endsWith("</svg>")) throw new Error("standalone: a chart is an <svg> with a viewBox");
  return {
    width: Number(viewBox[1]),
    height: Number(viewBox[2]),
    className: /\bclass="([^"]*)"/.exec(open[1] ?? "")?.[1] ?? "",
    inner: svg.slice(open[0].length, -"</svg>".length),
  };
}

/** Legend keys laid out in rows that fit `width`: each key's x and row. */
export function legendRows(keys: LegendKey[], width: number): { key: LegendKey; x: number; row: number }[] {
  const placed: { key: LegendKey; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const key of keys) {
    const w = LEGEND.swatch + 5 + textWidth(key.label) + LEGEND.gap;
    if (x > 0 && x + w - LEGEND.gap > width) {
      row++;
      x = 0;
    }
    placed.push({ key, x, row });
    x += w;
  }
  return placed;
}
