import type { ChartLayout } from "../charts/layout.ts";
import type { ChartView } from "../charts/registry.ts";
import { markup, type Markup } from "./html.ts";

/**
 * A chart's layouts as SVG and its figures as a table, written as strings: a national build draws ~100,000 charts,
 * and building them element by element through the component renderer cost more than everything else on a page
 * together. The geometry comes from charts/layout.ts; this only writes it.
 */

/** Coordinates to 2 decimals: enough for any screen, and no 15-digit floats in the markup. */
const n = (v: number) => Math.round(v * 100) / 100;

type Bar = ChartLayout["model"]["bars"][number];

/** One layout as an <svg> element: role=img, labelled by the chart's title and description (in the wide one). */
export function svgMarkup(
  chart: Pick<ChartView, "id" | "title" | "description" | "unitLabel">,
  L: ChartLayout,
): Markup {
  const m = L.model;
  const id = chart.id;
  const top = n(m.plotTop - 4);
  const bottom = n(m.plotBottom);
  const ticks = m.ticks.map(
    (tk) =>
      markup`<g class="tick"><line x1="${n(tk.x)}" x2="${n(tk.x)}" y1="${top}" y2="${bottom}"></line><text x="${n(tk.x)}" y="${n(m.plotTop - 8)}" text-anchor="middle">${tk.label}</text></g>`,
  );
  // The axis's unit at the end of the tick row, in the right margin kept for value labels: an exported or embedded
  // chart carries its unit.
  const unit = markup`<text class="axis-unit" x="${n(m.width - 2)}" y="${n(m.plotTop - 8)}" text-anchor="end">${chart.unitLabel}</text>`;
  // The narrow layout is the same chart: it is labelled by the wide one's title and description (an element hidden
  // by CSS still names another), which it does not repeat (the description lists every figure: ~1 KB a chart).
  const named =
    L.name === "wide"
      ? markup`<title id="${id}-title">${chart.title}</title><desc id="${id}-desc">${chart.description}</desc>`
      : null;
  return markup`<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${n(m.width)} ${n(m.height)}" width="100%" preserveAspectRatio="xMinYMin meet" class="bars bars-${L.name}">${named}${ticks}${unit}${m.bars.map((b) => barMarkup(b, L))}<line class="zero" x1="${n(m.zeroX)}" x2="${n(m.zeroX)}" y1="${top}" y2="${bottom}"></line></svg>`;
}

function barMarkup(b: Bar, L: ChartLayout): Markup {
  const lines = L.lines.get(b.key) ?? [b.label];
  const at = L.label(b, lines.length);
  const bar = L.bar(b);
  const x = n(at.x);
  // A label cut short ("…") keeps its whole text as a tooltip.
  const cut = lines.at(-1)?.endsWith("…") && !b.label.endsWith("…") && markup`<title>${b.label}</title>`;
  const spans = lines.map((line, i) => markup`<tspan x="${x}"${i > 0 && markup` dy="14"`}>${line}</tspan>`);
  const rect =
    b.value !== null &&
    markup`<rect x="${n(b.x)}" y="${n(bar.y)}" width="${n(Math.max(b.w, 0.5))}" height="${n(bar.h)}"></rect>`;
  const valueX = n(b.value !== null ? b.textX : L.model.zeroX + 4);
  const group = b.group !== undefined ? ` group-${b.group}` : "";
  return markup`<g class="bar bar-${b.style}${group}" data-value="${b.value}"><text class="label" x="${x}" y="${n(at.y)}" dy="${at.shift}" text-anchor="${at.anchor}">${cut}${spans}</text>${rect}<text class="value" x="${valueX}" y="${n(bar.y + bar.h / 2)}" dy="0.35em">${b.value !== null ? b.valueLabel : b.missing}</text></g>`;
}

/** The chart's figures as a table (name, value, source): what screen readers and copy-paste get. */
export function tableMarkup(
  chart: Pick<ChartView, "title" | "bars" | "sourceOf" | "pageSourceOf" | "unit">,
  headers: readonly [string, string, string],
  /** A bar's source as a URL (its figure's row on its report page); absent or undefined: plain text. */
  link?: (key: string) => string | undefined,
): Markup {
  const rows = chart.bars.map((b) => {
    const text = (chart.pageSourceOf ?? chart.sourceOf)(b.key);
    const url = text ? link?.(b.key) : undefined;
    // target=_top: in an embed the report page opens in the reader's tab, not inside the frame.
    const source = url ? markup`<a href="${url}" target="_top">${text}</a>` : text;
    return markup`<tr><th scope="row">${b.label}</th><td class="num" data-unit="${chart.unit}">${b.value !== null ? b.valueLabel : b.missing}</td><td>${source}</td></tr>`;
  });
  const [name, value, source] = headers;
  return markup`<table><caption>${chart.title}</caption><thead><tr><th scope="col">${name}</th><th scope="col" data-unit="${chart.unit}">${value}</th><th scope="col">${source}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
