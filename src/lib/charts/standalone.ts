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
const PAD = 16;
const TITLE = { size: 18, line: 24 };
const SUB = { size: 13, line: 18 };
const LEGEND = { size: 12, line: 20, swatch: 12, gap: 16 };
const FOOT = { size: 11, line: 15 };

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

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => Math.round(v * 100) / 100;

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

function swatchMarkup(s: Swatch, x: number, y: number): string {
  const at = `x="${n(x)}" y="${n(y - LEGEND.swatch + 2)}" width="${LEGEND.swatch}" height="${LEGEND.swatch}"`;
  if (s === "flag") return `<text x="${n(x)}" y="${n(y)}">⚑</text>`;
  if (s === "budget") return `<rect ${at} fill="${COLOURS.budget}"></rect>`;
  if (s === "final")
    return `<rect ${at} fill="${COLOURS.final}" stroke="${COLOURS.finalStroke}" stroke-dasharray="3 2"></rect>`;
  // Where bodies take the fill, a stage's key is its outline alone.
  if (s === "final-outline")
    return `<rect ${at} fill="#fff" stroke="${COLOURS.finalStroke}" stroke-dasharray="3 2"></rect>`;
  if (s === "budget-outline") return `<rect ${at} fill="#fff" stroke="${COLOURS.ink}"></rect>`;
  return `<rect ${at} fill="${s === "group-1" ? COLOURS.body2 : COLOURS.final}"></rect>`;
}

/** Lines of text as <text> elements from baseline `y`, `line` px apart. */
function block(lines: string[], x: number, y: number, line: number, cls: string): string {
  return lines.map((l, i) => `<text class="${cls}" x="${n(x)}" y="${n(y + i * line)}">${esc(l)}</text>`).join("");
}

export interface Standalone {
  svg: string;
  width: number;
  height: number;
}

/**
 * One SVG: header (title, subtitle, legend), the chart at its own size, footer (notes, source, credit), on white.
 * The width is the chart's width plus padding; the height follows from the wrapped lines.
 */
export function standaloneSvg(pieces: StandalonePieces, chartSvg: string): Standalone {
  const chart = chartParts(chartSvg);
  const width = n(chart.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const title = wrapAt(pieces.title, inner, TITLE.size);
  out.push(block(title, PAD, y + TITLE.size, TITLE.line, "sa-title"));
  y += title.length * TITLE.line;
  const sub = wrapAt(pieces.subtitle, inner, SUB.size);
  out.push(block(sub, PAD, y + SUB.size, SUB.line, "sa-sub"));
  y += sub.length * SUB.line + 4;
  // A legend label wider than the picture is wrapped alone on its row.
  const keys = pieces.legend.flatMap((k) =>
    wrapAt(k.label, inner - LEGEND.swatch - 5, LEGEND.size).map((label, i) => ({
      swatch: k.swatch,
      label,
      first: i === 0,
    })),
  );
  const rows = legendRows(keys, inner);
  for (const { key, x, row } of rows) {
    const base = y + row * LEGEND.line + LEGEND.size;
    const k = key as LegendKey & { first: boolean };
    if (k.first) out.push(swatchMarkup(k.swatch, PAD + x, base));
    out.push(`<text x="${n(PAD + x + LEGEND.swatch + 5)}" y="${n(base)}">${esc(k.label)}</text>`);
  }
  y += (rows.length ? (rows.at(-1)?.row ?? 0) + 1 : 0) * LEGEND.line + 6;
  out.push(
    `<svg x="${PAD}" y="${n(y)}" width="${n(chart.width)}" height="${n(chart.height)}" viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" class="${esc(chart.className)}">${chart.inner}</svg>`,
  );
  y += chart.height + 8;
  for (const text of [...pieces.notes, pieces.source, pieces.credit]) {
    const lines = wrapAt(text, inner, FOOT.size);
    out.push(block(lines, PAD, y + FOOT.size, FOOT.line, "sa-foot"));
    y += lines.length * FOOT.line + 3;
  }
  const height = n(y + PAD - 3);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${esc(pieces.lang)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_STACK)}">` +
    `<title>${esc(pieces.title)}</title><style>${STANDALONE_STYLE}</style>` +
    `<rect width="100%" height="100%" fill="#fff"></rect>${out.join("")}</svg>`;
  return { svg, width, height };
}
