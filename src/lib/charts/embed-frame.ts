import { wrap } from "./text.ts";

/**
 * The height an embed page takes at a given width, estimated without a browser, and the snippet's responsive frame
 * that holds it at every width from 320 to 1000 px. The embed page is a column of text blocks and one SVG; the SVG
 * scales with the width (its narrow layout below `BREAK` px, its wide one above), the blocks wrap. Widths are
 * estimated generously (text.ts, plus `SLACK`) so the frame errs on the tall side; the resize script then trims it.
 */

/** One block of text on the embed page: what it says and how public/css/site.css sets it (px). */
export interface EmbedBlock {
  text: string;
  /** Font size. */
  font: number;
  /** Height of one line. */
  line: number;
  /** Vertical space around the block (margins, padding, gaps), both sides together. */
  space: number;
  /** Horizontal space taken from the line (list indent, button padding). */
  indent?: number;
}

/** The two drawings of the chart: viewBox sizes of the narrow and wide SVG. */
export interface EmbedDrawings {
  narrow: { width: number; height: number };
  wide: { width: number; height: number };
  /** The drawing's CSS max-width in px (default: svg.bars, 50rem); a chart with one drawing gives it as both. */
  max?: number;
}

/** Where site.css switches from the narrow to the wide drawing (36rem). */
export const BREAK = 576;
/** body.bare main padding (0.5rem each side) and the figure's margins (1rem top, 2rem bottom). */
const SIDES = 16;
const FIXED = 16 + 16 + 32;
/** svg.bars max-width (50rem). */
const SVG_MAX = 800;
/** Share of each line's width kept free: fonts differ between readers' machines. */
const SLACK = 1.15;
/** The widths the frame is written for. */
export const MIN_WIDTH = 320;
export const MAX_WIDTH = 1000;

const linesOf = (b: EmbedBlock, inner: number) =>
  b.text ? wrap(b.text, ((inner - (b.indent ?? 0)) * 12) / b.font / SLACK, 1000).length : 0;

/** Estimated height in px of the embed page at iframe width `width` (never less than it renders, by design). */
export function embedHeight(blocks: readonly EmbedBlock[], drawings: EmbedDrawings, width: number): number {
  const inner = width - SIDES;
  const svg = width < BREAK ? drawings.narrow : drawings.wide;
  const svgHeight = (Math.min(inner, drawings.max ?? SVG_MAX) * svg.height) / svg.width;
  const text = blocks.reduce((sum, b) => sum + linesOf(b, inner) * b.line + b.space, 0);
  return Math.ceil(FIXED + svgHeight + text);
}

/**
 * A block's line count at every integer iframe width from `from` to `to`. Greedy wrapping never takes more lines at a
 * wider column, so the count is a step function: found by bisecting where it changes (a few wraps per block instead
 * of one per width; embedFramePadding runs for every snippet, ~55,000 at 1,000 units).
 */
function lineTable(b: EmbedBlock, from: number, to: number): Int32Array {
  const out = new Int32Array(to - from + 1);
  const at = (w: number) => linesOf(b, w - SIDES);
  const fill = (lo: number, hi: number, atLo: number, atHi: number) => {
    if (atLo === atHi) {
      out.fill(atLo, lo - from, hi - from + 1);
      return;
    }
    out[lo - from] = atLo;
    out[hi - from] = atHi;
    if (hi - lo <= 1) return;
    const mid = (lo + hi) >> 1;
    const atMid = at(mid);
    fill(lo, mid, atLo, atMid);
    fill(mid, hi, atMid, atHi);
  };
  fill(from, to, at(from), at(to));
  return out;
}

/** embedHeight at every integer width from `from` to `to` (index 0 is `from`): the same figures, computed faster. */
export function embedHeights(
  blocks: readonly EmbedBlock[],
  drawings: EmbedDrawings,
  from: number,
  to: number,
): number[] {
  const tables = blocks.map((b) => (b.text ? lineTable(b, from, to) : null));
  return range(from, to, 1).map((width, i) => {
    const inner = width - SIDES;
    const svg = width < BREAK ? drawings.narrow : drawings.wide;
    const svgHeight = (Math.min(inner, drawings.max ?? SVG_MAX) * svg.height) / svg.width;
    // Summed in embedHeight's order, so the two agree to the last bit before rounding up.
    const text = blocks.reduce((sum, b, j) => sum + (tables[j]?.[i] ?? 0) * b.line + b.space, 0);
    return Math.ceil(FIXED + svgHeight + text);
  });
}

/** A line `px + pct` % of the width, as CSS (1 px up: the percentage is written to 3 decimals). */
const css = (px: number, pct: number) => `calc(${Math.ceil(px) + 1}px + ${pct.toFixed(3)}%)`;

/** The line through `from` and `to` raised until it lies above `height` at every width of `widths`. */
function upperLine(height: (w: number) => number, widths: number[]): { px: number; pct: number } {
  const first = widths[0] ?? 0;
  const last = widths[widths.length - 1] ?? 0;
  const slope = last > first ? (height(last) - height(first)) / (last - first) : 0;
  const px = Math.max(...widths.map((w) => height(w) - slope * w));
  return { px, pct: slope * 100 };
}

const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

/**
 * The snippet frame's `padding-top`: a CSS length (percentages are of the frame's width) at least the embed's
 * estimated height at every width from 320 to 1000 px (and beyond: above 1000 it stays at its 1000 px value).
 * Two upper lines, one per drawing; a steep line hands over from the narrow to the wide one at `BREAK`.
 */
export function embedFramePadding(blocks: readonly EmbedBlock[], drawings: EmbedDrawings): string {
  const last = Math.max(MAX_WIDTH, (drawings.max ?? SVG_MAX) + SIDES);
  const heights = embedHeights(blocks, drawings, MIN_WIDTH, last);
  const h = (w: number) => heights[w - MIN_WIDTH] ?? 0;
  const narrow = upperLine(h, range(MIN_WIDTH, BREAK - 1, 1));
  // The wide drawing stops growing at its maximum width: the line is fitted up to there, then capped.
  // Past that width the embed only gets shorter (its text wraps less): a line falling with the width could cross
  // below it there, so a falling line is laid flat at its highest point.
  const fitted = range(BREAK, Math.max(BREAK, (drawings.max ?? SVG_MAX) + SIDES), 1);
  const sloped = upperLine(h, fitted);
  const wide = sloped.pct >= 0 ? sloped : { px: Math.max(...fitted.map(h)), pct: 0 };
  const at = (w: number) => narrow.px + (narrow.pct / 100) * w;
  const narrowTop = Math.max(at(MIN_WIDTH), at(BREAK));
  const wideTop = Math.max(...range(BREAK, MAX_WIDTH, 1).map(h));
  // Falls 20 px per px of width after BREAK: from the narrow line's top to the wide line within a few px.
  const drop = css(narrowTop + 20 * BREAK, -2000);
  return `max(min(${css(narrow.px, narrow.pct)}, ${drop}), min(${css(wide.px, wide.pct)}, ${wideTop}px))`;
}

/** The texts of an embed page, top to bottom (components/BarChart.astro with `embed`). */
export interface EmbedTexts {
  title: string;
  formula: string;
  unit: string;
  /** The legend's items (stage key, bodies). */
  legend: string[];
  notes: string[];
  /** The collapsed data table's summary. */
  summary: string;
  /** The links and buttons under the chart. */
  links: string[];
  source: string;
}

/** Flex items: each item's own width plus the gap, as spaces (4 px at 12 px) the wrapper can count. */
const items = (texts: string[], gapPx: number, font: number) =>
  texts.map((s) => s + " ".repeat(Math.ceil((gapPx * 12) / font / 4))).join("");

/**
 * The blocks of an embed page, set as public/css/site.css sets them (rem = 16 px, line-height 1.6). The title is
 * bold: counted 10 % wider.
 */
export function embedBlocks(x: EmbedTexts): EmbedBlock[] {
  return [
    { text: x.title, font: 17.6, line: 25.6, space: 0 },
    { text: x.formula, font: 14.4, line: 23.04, space: 3.2 },
    { text: x.unit, font: 14.4, line: 23.04, space: 3.2 + 6.4 },
    // Legend keys: a 0.9em swatch and 0.3em space before each, 1rem between; rows 0.25rem apart.
    { text: items(x.legend, 16 + 17, 14.4), font: 14.4, line: 23.04 + 4, space: 8 },
    ...x.notes.map((text, i) => ({
      text,
      font: 14.4,
      line: 23.04,
      space: i === 0 ? 2 * 14.4 : 0,
      indent: 40,
    })),
    { text: x.summary, font: 16, line: 25.6, space: 0, indent: 20 },
    // Buttons: 0.6rem padding and a 2 px border each side, 0.5rem gap; a row of buttons is about 36 px high.
    { text: items(x.links, 8 + 19.2 + 4, 16), font: 16, line: 36 + 8, space: 2 * 16 },
    { text: x.source, font: 13.6, line: 21.76, space: 13.6 },
  ];
}
