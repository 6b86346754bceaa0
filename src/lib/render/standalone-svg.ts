import { markup, Markup } from "./html.ts";
import {
  chartParts,
  COLOURS,
  FONT_STACK,
  FOOT,
  LEGEND,
  legendRows,
  PAD,
  STANDALONE_STYLE,
  SUB,
  TITLE,
  wrapAt,
  type LegendKey,
  type StandalonePieces,
  type Swatch,
} from "../charts/standalone.ts";
import * as P from "../charts/preview.ts";

/**
 * The standalone picture and the social preview written as SVG (their layout is in charts/standalone.ts and
 * charts/preview.ts): every piece through the escaping `markup` template.
 */
const n = (v: number) => Math.round(v * 100) / 100;

function swatchMarkup(s: Swatch, x: number, y: number): Markup {
  const at = markup`x="${n(x)}" y="${n(y - LEGEND.swatch + 2)}" width="${LEGEND.swatch}" height="${LEGEND.swatch}"`;
  if (s === "flag") return markup`<text x="${n(x)}" y="${n(y)}">⚑</text>`;
  if (s === "budget") return markup`<rect ${at} fill="${COLOURS.budget}"></rect>`;
  if (s === "final")
    return markup`<rect ${at} fill="${COLOURS.final}" stroke="${COLOURS.finalStroke}" stroke-dasharray="3 2"></rect>`;
  // Where bodies take the fill, a stage's key is its outline alone.
  if (s === "final-outline")
    return markup`<rect ${at} fill="#fff" stroke="${COLOURS.finalStroke}" stroke-dasharray="3 2"></rect>`;
  if (s === "budget-outline") return markup`<rect ${at} fill="#fff" stroke="${COLOURS.ink}"></rect>`;
  return markup`<rect ${at} fill="${s === "group-1" ? COLOURS.body2 : COLOURS.final}"></rect>`;
}

/** Lines of text as <text> elements from baseline `y`, `line` px apart. */
function block(lines: string[], x: number, y: number, line: number, cls: string): Markup {
  return markup`${lines.map((l, i) => markup`<text class="${cls}" x="${n(x)}" y="${n(y + i * line)}">${l}</text>`)}`;
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
  const out: Markup[] = [];
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
    out.push(markup`<text x="${n(PAD + x + LEGEND.swatch + 5)}" y="${n(base)}">${k.label}</text>`);
  }
  y += (rows.length ? (rows.at(-1)?.row ?? 0) + 1 : 0) * LEGEND.line + 6;
  out.push(
    markup`<svg x="${PAD}" y="${n(y)}" width="${n(chart.width)}" height="${n(chart.height)}" viewBox="0 0 ${n(chart.width)} ${n(chart.height)}" class="${chart.className}">${Markup.trusted(chart.inner)}</svg>`,
  );
  y += chart.height + 8;
  for (const text of [...pieces.notes, pieces.source, pieces.credit]) {
    const lines = wrapAt(text, inner, FOOT.size);
    out.push(block(lines, PAD, y + FOOT.size, FOOT.line, "sa-foot"));
    y += lines.length * FOOT.line + 3;
  }
  const height = n(y + PAD - 3);
  const svg =
    markup`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${pieces.lang}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_STACK}"><title>${pieces.title}</title><style>${Markup.trusted(STANDALONE_STYLE)}</style><rect width="100%" height="100%" fill="#fff"></rect>${out}</svg>`.toString();
  return { svg, width, height };
}

/**
 * A chart page's social preview, 1200 × 630: title (up to 2 lines), unit and stage, the chart filling the width
 * (a tall chart shows its top rows, the largest of a ranked chart), source and credit at the foot.
 */
export function previewSvg(
  pieces: Pick<StandalonePieces, "lang" | "title" | "subtitle" | "source" | "credit">,
  chartSvg: string,
): string {
  const chart = chartParts(chartSvg);
  const inner = P.PREVIEW.width - 2 * P.PAD;
  const out: Markup[] = [];
  let y = P.PAD - 8;
  const lines = (text: string, size: number, max: number) => {
    const all = wrapAt(text, inner, size);
    return all.length > max ? [...all.slice(0, max - 1), `${all[max - 1] ?? ""}…`] : all;
  };
  for (const [i, l] of lines(pieces.title, P.TITLE.size, 2).entries())
    out.push(
      markup`<text x="${P.PAD}" y="${y + P.TITLE.size + i * P.TITLE.line}" style="font-size:${P.TITLE.size}px;font-weight:700">${l}</text>`,
    );
  y += lines(pieces.title, P.TITLE.size, 2).length * P.TITLE.line;
  out.push(
    markup`<text x="${P.PAD}" y="${y + P.SUB.size}" style="font-size:${P.SUB.size}px;fill:#4d5560">${lines(pieces.subtitle, P.SUB.size, 1)[0] ?? ""}</text>`,
  );
  y += P.SUB.line + 16;
  const foot = [...lines(pieces.source, P.FOOT.size, 2), ...lines(pieces.credit, P.FOOT.size, 1)];
  const footTop = P.PREVIEW.height - P.PAD + 12 - foot.length * P.FOOT.line;
  for (const [i, l] of foot.entries())
    out.push(
      markup`<text x="${P.PAD}" y="${footTop + P.FOOT.size + i * P.FOOT.line - 4}" style="font-size:${P.FOOT.size}px;fill:#4d5560">${l}</text>`,
    );
  const boxH = footTop - 12 - y;
  const scale = Math.min(P.MAX_SCALE, inner / chart.width);
  const shownH = Math.min(chart.height, boxH / scale);
  out.push(
    markup`<svg x="${P.PAD}" y="${n(y)}" width="${n(chart.width * scale)}" height="${n(shownH * scale)}" viewBox="0 0 ${n(chart.width)} ${n(shownH)}" preserveAspectRatio="xMinYMin slice" class="${chart.className}">${Markup.trusted(chart.inner)}</svg>`,
  );
  return markup`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${pieces.lang}" width="${P.PREVIEW.width}" height="${P.PREVIEW.height}" viewBox="0 0 ${P.PREVIEW.width} ${P.PREVIEW.height}" font-family="${FONT_STACK}"><title>${pieces.title}</title><style>${Markup.trusted(STANDALONE_STYLE)}</style><rect width="100%" height="100%" fill="#fff"></rect><rect width="100%" height="8" fill="#2f6db5"></rect>${out}</svg>`.toString();
}
