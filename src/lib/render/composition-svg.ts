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
  const ticks = m.ticks.map(
    (t, i) =>
      markup`<g class="tick"><line x1="${t.x}" x2="${t.x}" y1="${m.tickY + 4}" y2="${m.height - 2}" stroke="#e3e6ea"></line><text x="${t.x}" y="${m.tickY}" text-anchor="${i === 0 ? "start" : i === m.ticks.length - 1 ? "end" : "middle"}" fill="#5b6470" font-size="10">${t.label}</text></g>`,
  );
  const rows = m.rows.map((r) => {
    const label = markup`<text class="row-label" x="${m.plotLeft}" y="${r.labelY}" fill="#1b1f24" font-size="12">${r.label}</text>`;
    if (r.empty)
      return markup`<g class="row">${label}<text x="${m.plotLeft}" y="${r.barY + 13}" fill="#5b6470" font-size="11">${chart.empty}</text></g>`;
    const segments = r.segments.map((s) => {
      const c = colourOf(s.key);
      const share = s.label
        ? markup`<text x="${Math.round((s.x + s.width / 2) * 100) / 100}" y="${r.barY + 13}" text-anchor="middle" fill="${c.text}" font-size="10">${s.label}</text>`
        : null;
      return markup`<rect class="seg seg-${s.key}" x="${s.x}" y="${r.barY}" width="${s.width}" height="${m.barHeight}" fill="${c.fill}" stroke="#ffffff" stroke-width="0.5"></rect>${share}`;
    });
    // The bar's outline, dark enough (3:1 against white) to show its extent where its parts are light.
    const last = r.segments.at(-1);
    const outline =
      last &&
      markup`<rect class="outline" x="${m.plotLeft}" y="${r.barY}" width="${Math.round((last.x + last.width - m.plotLeft) * 100) / 100}" height="${m.barHeight}" fill="none" stroke="#5b6470" stroke-width="1"></rect>`;
    return markup`<g class="row">${label}${segments}${outline}</g>`;
  });
  return markup`<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${m.width} ${m.height}" width="100%" preserveAspectRatio="xMinYMin meet" class="composition-chart"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${ticks}${rows}</svg>`;
}
