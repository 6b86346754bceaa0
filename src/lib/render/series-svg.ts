import type { SeriesModel } from "../charts/series.ts";
import { markup, type Markup } from "./html.ts";

/**
 * A time series as an <svg> string (one responsive viewBox). Colours and dashes are written on the elements, not
 * left to the site's CSS, so the SVG downloaded or exported from the page looks the same on its own.
 */
const COLOUR = { budget: "#2f6db5", final: "#b4541a" } as const;

export function seriesSvgMarkup(
  chart: { id: string; title: string; description: string; unitLabel: string },
  m: SeriesModel,
): Markup {
  // Shared attributes on groups: a body's page draws up to five of these, 60,000 reports at national scale.
  const grid = markup`<g class="tick"><g stroke="#e3e6ea">${m.ticks.map((t) => markup`<line x1="${m.plotLeft}" x2="${m.plotRight}" y1="${t.y}" y2="${t.y}"></line>`)}</g><g fill="#5b6470" font-size="10" text-anchor="end">${m.ticks.map((t) => markup`<text x="${m.plotLeft - 4}" y="${t.y}" dy="0.35em">${t.label}</text>`)}</g></g>`;
  const years = m.years.map(
    (y) =>
      markup`<text class="year" x="${y.x}" y="${m.plotBottom + 16}" text-anchor="middle" fill="#5b6470" font-size="10">${y.year}</text>`,
  );
  const unit = markup`<text class="axis-unit" x="2" y="10" fill="#5b6470" font-size="10">${chart.unitLabel}</text>`;
  const lines = m.lines.map((l) => {
    const colour = COLOUR[l.stage];
    const dash = l.stage === "final" ? markup` stroke-dasharray="5 3"` : null;
    // A figure from a report's text (a prior year worked out from "比上年增加…") is a hollow point.
    const points = markup`<g class="pts" fill="${colour}" stroke="${colour}" stroke-width="1.5">${l.points.map(
      (p) =>
        markup`<circle${p.narrative ? markup` class="pt-narrative" fill="#fff"` : null} cx="${p.x}" cy="${p.y}" r="3.5"><title>${p.year}: ${p.label}</title></circle>`,
    )}</g>`;
    const end =
      l.end &&
      markup`<text class="end" x="${l.end.x}" y="${l.end.y}" dy="0.35em" fill="${colour}" font-size="11">${l.end.label}</text>`;
    return markup`<g class="series series-${l.stage}"><path d="${l.path}" fill="none" stroke="${colour}" stroke-width="2"${dash}></path>${points}${end}</g>`;
  });
  return markup`<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${m.width} ${m.height}" width="100%" preserveAspectRatio="xMinYMin meet" class="series-chart"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${grid}${years}${unit}<line class="zero" x1="${m.plotLeft}" x2="${m.plotRight}" y1="${m.zeroY}" y2="${m.zeroY}" stroke="#5b6470"></line>${lines}</svg>`;
}

/**
 * One body's small multiple on a province's over-time page: its budget and final-account lines on the metric's
 * shared scale, the points from a report's text hollow, nothing else (~150 bytes: ~200 bodies a province at
 * national scale; the table below the grid gives every figure and its source). Hidden from screen readers for that
 * reason; styled by the site's CSS (.sm).
 */
export function smallMultipleMarkup(m: SeriesModel): Markup {
  const lines = m.lines.map((l) => {
    const hollow = l.points
      .filter((p) => p.narrative)
      .map((p) => markup`<circle class="n" cx="${p.x}" cy="${p.y}" r="2.5"></circle>`);
    return markup`<g class="sm-${l.stage}"><path d="${l.path}"></path>${hollow}</g>`;
  });
  return markup`<svg class="sm" viewBox="0 0 ${m.width} ${m.height}" aria-hidden="true"><line x1="0" x2="${m.width}" y1="${m.zeroY}" y2="${m.zeroY}"></line>${lines}</svg>`;
}
