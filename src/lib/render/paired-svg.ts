import type { PairModel, PairPanel, PairRow, PanelModel } from "../charts/paired.ts";
import { PAIR_LINE } from "../charts/paired.ts";
import { markup, type Markup } from "./html.ts";

/** Coordinates to 2 decimals: enough for any screen, and no 15-digit floats in the markup. */
const n = (v: number) => Math.round(v * 100) / 100;

/**
 * A budget-vs-final (dumbbell) model as one <svg>: per panel its heading (with the unit) and tick row, then per row
 * its label, a grey segment from the budget mark (blue square) to the final mark (orange circle, dark outline), and
 * its printed figures. A missing figure has no mark: the figures say its state. Role img, labelled by title and
 * description.
 */
export function pairedSvgMarkup(chart: { id: string; title: string; description: string }, m: PairModel): Markup {
  return markup`<svg role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" viewBox="0 0 ${n(m.width)} ${n(m.height)}" width="100%" preserveAspectRatio="xMinYMin meet" class="paired"><title id="${chart.id}-title">${chart.title}</title><desc id="${chart.id}-desc">${chart.description}</desc>${m.panels.map((p) => panelMarkup(p, m))}</svg>`;
}

function panelMarkup(p: PanelModel, m: PairModel): Markup {
  const top = n(p.plotTop - 4);
  const bottom = n(p.plotBottom);
  const ticks = p.ticks.map(
    (t) =>
      markup`<g class="tick"><line x1="${n(t.x)}" x2="${n(t.x)}" y1="${top}" y2="${bottom}"></line><text x="${n(t.x)}" y="${n(p.tickY)}" text-anchor="${t.x === p.zeroX ? "start" : "middle"}">${t.label}</text></g>`,
  );
  return markup`<g class="panel" data-panel="${p.key}"><text class="panel-title" x="2" y="${n(p.titleY)}">${p.titleLines.map((l, i) => markup`<tspan x="2"${i > 0 && markup` dy="${PAIR_LINE}"`}>${l}</tspan>`)}</text><text class="axis-unit" x="${n(m.width - 2)}" y="${n(p.titleY)}" text-anchor="end">${m.unitLabel}</text>${ticks}<line class="zero" x1="${n(p.zeroX)}" x2="${n(p.zeroX)}" y1="${top}" y2="${bottom}"></line>${p.rows.map(rowMarkup)}</g>`;
}

function rowMarkup(r: PairRow): Markup {
  const y = n(r.markY);
  const text = (cls: string, lines: string[], x: number, at: number) =>
    markup`<text class="${cls}" x="${n(x)}" y="${n(at)}">${lines.map((l, i) => markup`<tspan x="${n(x)}"${i > 0 && markup` dy="${PAIR_LINE}"`}>${l}</tspan>`)}</text>`;
  const cut = r.lines.at(-1)?.endsWith("…") && !r.label.endsWith("…") && markup`<title>${r.label}</title>`;
  const segment =
    r.budgetX !== null &&
    r.finalX !== null &&
    markup`<line class="gap" x1="${n(r.budgetX)}" x2="${n(r.finalX)}" y1="${y}" y2="${y}"></line>`;
  const budget =
    r.budgetX !== null &&
    markup`<rect class="mark-budget" x="${n(r.budgetX - 5)}" y="${n(r.markY - 5)}" width="10" height="10"></rect>`;
  const final = r.finalX !== null && markup`<circle class="mark-final" cx="${n(r.finalX)}" cy="${y}" r="4.5"></circle>`;
  return markup`<g class="pair" data-budget="${r.budget}" data-final="${r.final}">${cut}${text("label", r.lines, 2, r.labelY)}${segment}${budget}${final}${text("value", r.valueLines, r.valueX, r.valueY)}</g>`;
}

/** The chart's figures as a table (item, budget, final, rate, source): what screen readers and copy-paste get. */
export function pairedTableMarkup(
  chart: { title: string; panels: PairPanel[]; sources: ReadonlyMap<string, string> },
  headers: readonly [string, string, string, string, string],
): Markup {
  const [name, budget, final, rate, source] = headers;
  const body = chart.panels.map(
    (p) =>
      markup`<tr><th scope="colgroup" colspan="5">${p.title}</th></tr>${p.rows.map(
        (r) =>
          markup`<tr><th scope="row">${r.label}</th><td class="num" data-unit="万元">${r.budgetText}</td><td class="num" data-unit="万元">${r.finalText}</td><td class="num">${r.rateText ?? ""}</td><td>${chart.sources.get(r.key) ?? ""}</td></tr>`,
      )}`,
  );
  return markup`<table><caption>${chart.title}</caption><thead><tr><th scope="col">${name}</th><th scope="col" data-unit="万元">${budget}</th><th scope="col" data-unit="万元">${final}</th><th scope="col">${rate}</th><th scope="col">${source}</th></tr></thead><tbody>${body}</tbody></table>`;
}
