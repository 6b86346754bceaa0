import type { CompositionModel } from "../charts/composition.ts";
import { markup, type Markup } from "./html.ts";

/**
 * Each part's fill and the colour of the share printed on it. Not the stage colours (blue budget, orange final):
 * here a bar is one report, its stage is in its label. Written on the elements, so a downloaded SVG looks the same.
 */
export const PART_COLOUR: Record<string, { fill: string; text: string }> = {
  personnel_expense_reported: { fill: "#1f4e79", text: "#ffffff" },
  public_expense_reported: { fill: "#7fa7d1", text: "#1b1f24" },
  project_expenditure: { fill: "#d99a2b", text: "#1b1f24" },
  pass_through_total: { fill: "#3f7d3a", text: "#ffffff" },
  own_operations_total: { fill: "#b5d49a", text: "#1b1f24" },
  rest: { fill: "#d5d9de", text: "#1b1f24" },
};
const colourOf = (key: string) => PART_COLOUR[key] ?? { fill: "#9aa3ad", text: "#1b1f24" };

/**
 * A composition model as one <svg> (one responsive viewBox): a 0–100 % scale on top, then per report its label and
 * its 100 % bar, each part a segment with its share printed where it fits. Role img, labelled by title and
 * description (the description gives every share).
 */
export function compositionSvgMarkup(
  chart: { id: string; title: string; description: string; empty: string },
  m: CompositionModel,
): Markup {
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const ticks = markup`<g class="tick"><g stroke="#e3e6ea">${m.ticks.map((t) => markup`<line x1="${t.x}" x2="${t.x}" y1="${m.tickY + 4}" y2="${m.height - 2}"></line>`)}</g><g fill="#5b6470" font-size="10" text-anchor="middle">${m.ticks.map(
    (t, i) =>
      markup`<text x="${t.x}" y="${m.tickY}"${i === 0 ? markup` text-anchor="start"` : i === m.ticks.length - 1 ? markup` text-anchor="end"` : null}>${t.label}</text>`,
  )}</g><text class="axis-unit" x="${m.plotRight + 2}" y="${m.tickY}" fill="#5b6470" font-size="10">%</text></g>`;
  // Drawn by kind, not by row: each part's segments share one group's fill (a body's page draws two of these, with
  // a bar per report).
  const labels = markup`<g class="row-labels" fill="#1b1f24" font-size="12">${m.rows.map((r) => markup`<text x="${m.plotLeft}" y="${r.labelY}">${r.label}</text>`)}</g>`;
  const empties = m.rows.filter((r) => r.empty);
  const empty =
    empties.length > 0 &&
    markup`<g fill="#5b6470" font-size="11">${empties.map((r) => markup`<text x="${m.plotLeft}" y="${r.barY + 13}">${chart.empty}</text>`)}</g>`;
  const segments = m.rows.flatMap((r) => r.segments.map((s) => ({ r, s })));
  const keys = [...new Set(segments.map(({ s }) => s.key))];
  const parts = keys.map((key) => {
    const c = colourOf(key);
    const mine = segments.filter(({ s }) => s.key === key);
    const shares = mine.filter(({ s }) => s.label);
    return markup`<g class="part part-${key}"><g fill="${c.fill}" stroke="#ffffff" stroke-width="0.5">${mine.map(({ r, s }) => markup`<rect x="${s.x}" y="${r.barY}" width="${s.width}" height="${m.barHeight}"></rect>`)}</g>${
      shares.length > 0 &&
      markup`<g fill="${c.text}" font-size="10" text-anchor="middle">${shares.map(({ r, s }) => markup`<text x="${r2(s.x + s.width / 2)}" y="${r.barY + 13}">${s.label}</text>`)}</g>`
    }</g>`;
  });
  // Each bar's outline, dark enough (3:1 against white) to show its extent where its parts are light.
  const outlines = markup`<g class="outline" fill="none" stroke="#5b6470" stroke-width="1">${m.rows.flatMap((r) => {
    const last = r.segments.at(-1);
    return last
      ? [
          markup`<rect x="${m.plotLeft}" y="${r.barY}" width="${r2(last.x + last.width - m.plotLeft)}" height="${m.barHeight}"></rect>`,
        ]
      : [];
  })}</g>`;
  return markup`<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${m.width} ${m.height}" width="100%" preserveAspectRatio="xMinYMin meet" class="composition-chart"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${ticks}${labels}${empty}${parts}${outlines}</svg>`;
}
