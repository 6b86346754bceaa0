import type { ChartView } from "../charts/registry.ts";
import { esc } from "./html.ts";
import { barModel, type BarModel } from "../charts/bars.ts";

/**
 * The chart's two SVG layouts as markup, written as strings: a national build draws ~100,000 charts, and building
 * them element by element through the component renderer cost more than everything else on a page together.
 * Every text and attribute value goes through `esc`.
 */

/** Coordinates to 2 decimals: enough for any screen, and no 15-digit floats in the markup. */
const n = (v: number) => String(Math.round(v * 100) / 100);

// Labels are measured generously (12px text: CJK 12px, capitals and digits 8px, narrow marks 4px, else 7px) and
// wrapped so they are never cut off at the chart's edge; a label longer than its lines ends in "…".
const NARROW = new Set([..."il.,:;'|!·"].map((c) => c.charCodeAt(0)));
const isCjk = (c: number) =>
  (c >= 0x2e80 && c <= 0x9fff) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xff00 && c <= 0xffef);
const charWidth = (c: number) =>
  isCjk(c)
    ? 12
    : (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
      ? 8
      : NARROW.has(c) || c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 0x3000
        ? 4
        : 7;
export const textWidth = (s: string) => {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character (7, as before).
    if (c >= 0xd800 && c <= 0xdbff) {
      w += 7;
      i++;
    } else w += charWidth(c);
  }
  return w;
};

// Labels repeat across tens of thousands of charts (classification names, unit names): each is wrapped once.
const wrapped = new Map<string, string[]>();
const WRAP_CACHE_LIMIT = 100_000;

export function wrap(text: string, max: number, maxLines: number): string[] {
  const key = `${max}|${maxLines}|${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= WRAP_CACHE_LIMIT) wrapped.clear();
    wrapped.set(key, (lines = wrapUncached(text, max, maxLines)));
  }
  return lines;
}

function wrapUncached(text: string, max: number, maxLines: number): string[] {
  // Break after spaces or between CJK characters, never inside a Latin word or a number.
  const tokens = text.match(
    /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+\s*|\s+/g,
  ) ?? [text];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    if (line.trim() && textWidth((line + token).trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  let last = lines.slice(maxLines - 1).join(" ");
  while (last && textWidth(`${last}…`) > max) last = last.slice(0, -1);
  return [...lines.slice(0, maxLines - 1), `${last.trimEnd()}…`];
}

type Bar = BarModel["bars"][number];
interface Layout {
  name: "wide" | "narrow";
  model: BarModel;
  lines: Map<string, string[]>;
  /** Label anchor and first baseline (lines are 14 apart); bar top and height within a band. */
  label: (b: Bar, n: number) => { x: number; y: number; anchor: "start" | "end"; shift: string };
  bar: (b: Bar) => { y: number; h: number };
}

export interface ChartLayouts {
  wide: Layout;
  narrow: Layout;
}

/** Wide (the default, and what the SVG/PNG downloads take) and narrow (small screens) layouts of a chart. */
export function layouts(chart: ChartView, width = 640): ChartLayouts {
  const common = { sort: chart.sort, tickFormat: chart.tickFormat };
  // Wide: labels left of the bars, wrapped to at most 3 lines.
  const oneLine = Math.max(0, ...chart.bars.map((b) => textWidth(b.label)));
  const labelWidth = oneLine + 12 <= 180 ? 180 : Math.round(width * 0.38);
  const wideLines = new Map(chart.bars.map((b) => [b.key, wrap(b.label, labelWidth - 12, 3)]));
  const wideMax = Math.max(1, ...[...wideLines.values()].map((l) => l.length));
  const wideModel = barModel(chart.bars, {
    ...common,
    width,
    labelWidth,
    barHeight: wideMax === 1 ? 26 : 14 * wideMax + 14,
  });
  const wide: Layout = {
    name: "wide",
    model: wideModel,
    lines: wideLines,
    label: (b, count) => ({
      x: wideModel.marginLeft - 6,
      y: b.y + b.h / 2 - ((count - 1) * 14) / 2,
      anchor: "end",
      shift: "0.35em",
    }),
    bar: (b) => ({ y: b.y, h: b.h }),
  };
  // Narrow (where the wide chart's text would shrink below legibility): labels above the bars.
  const narrowWidth = 300;
  const narrowLines = new Map(chart.bars.map((b) => [b.key, wrap(b.label, narrowWidth - 6, 2)]));
  const narrowMax = Math.max(1, ...[...narrowLines.values()].map((l) => l.length));
  const block = 14 * narrowMax + 3;
  const count = Math.max(chart.bars.length, 1);
  const narrow: Layout = {
    name: "narrow",
    model: barModel(chart.bars, {
      ...common,
      width: narrowWidth,
      labelWidth: 16,
      barHeight: Math.ceil((((block + 16) / 0.8) * (count + 0.2)) / count),
    }),
    lines: narrowLines,
    label: (b) => ({ x: 2, y: b.y + 11, anchor: "start", shift: "0" }),
    bar: (b) => ({ y: b.y + block, h: Math.max(8, b.h - block) }),
  };
  return { wide, narrow };
}

/** One layout as an <svg> element: role=img, labelled by its own title and description. */
export function svgMarkup(chart: ChartView, L: Layout): string {
  const m = L.model;
  const ids =
    L.name === "wide" ? [`${chart.id}-title`, `${chart.id}-desc`] : [`${chart.id}-n-title`, `${chart.id}-n-desc`];
  const out: string[] = [
    `<svg role="img" aria-labelledby="${esc(ids.join(" "))}" viewBox="0 0 ${n(m.width)} ${n(m.height)}" width="100%" preserveAspectRatio="xMinYMin meet" class="bars bars-${L.name}">`,
    `<title id="${esc(ids[0] ?? "")}">${esc(chart.title)}</title>`,
    `<desc id="${esc(ids[1] ?? "")}">${esc(chart.description)}</desc>`,
  ];
  if (m.band)
    out.push(
      `<rect class="band" x="${n(m.band.x0)}" y="${n(m.plotTop)}" width="${n(m.band.x1 - m.band.x0)}" height="${n(m.plotBottom - m.plotTop)}"><title>${esc(m.band.label)}</title></rect>`,
    );
  for (const tk of m.ticks)
    out.push(
      `<g class="tick"><line x1="${n(tk.x)}" x2="${n(tk.x)}" y1="${n(m.plotTop - 4)}" y2="${n(m.plotBottom)}"></line><text x="${n(tk.x)}" y="${n(m.plotTop - 8)}" text-anchor="middle">${esc(tk.label)}</text></g>`,
    );
  for (const b of m.bars) {
    const lines = L.lines.get(b.key) ?? [b.label];
    const at = L.label(b, lines.length);
    const bar = L.bar(b);
    const cut = lines.at(-1)?.endsWith("…") && !b.label.endsWith("…") ? `<title>${esc(b.label)}</title>` : "";
    const spans = lines
      .map((line, i) => `<tspan x="${n(at.x)}"${i === 0 ? "" : ' dy="14"'}>${esc(line)}</tspan>`)
      .join("");
    out.push(
      `<g class="bar bar-${esc(b.style)}" data-value="${esc(b.value ?? "")}">`,
      `<text class="label" x="${n(at.x)}" y="${n(at.y)}" dy="${at.shift}" text-anchor="${at.anchor}">${cut}${spans}</text>`,
      b.value !== null
        ? `<rect x="${n(b.x)}" y="${n(bar.y)}" width="${n(Math.max(b.w, 0.5))}" height="${n(bar.h)}"></rect>`
        : "",
      `<text class="value" x="${n(b.value !== null ? b.textX : m.zeroX + 4)}" y="${n(bar.y + bar.h / 2)}" dy="0.35em">${esc(b.value !== null ? b.valueLabel : (b.missing ?? ""))}</text>`,
      `</g>`,
    );
  }
  out.push(
    `<line class="zero" x1="${n(m.zeroX)}" x2="${n(m.zeroX)}" y1="${n(m.plotTop - 4)}" y2="${n(m.plotBottom)}"></line>`,
    `</svg>`,
  );
  return out.join("");
}

/** The chart's figures as a table (name, value, source): what screen readers and copy-paste get. */
export function tableMarkup(chart: ChartView, headers: [string, string, string]): string {
  const rows = chart.bars.map(
    (b) =>
      `<tr><th scope="row">${esc(b.label)}</th><td class="num">${esc(b.value !== null ? b.valueLabel : (b.missing ?? ""))}</td><td>${esc(chart.sourceOf(b.key))}</td></tr>`,
  );
  return `<table><caption>${esc(chart.title)}</caption><thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
