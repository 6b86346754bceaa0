import { chartParts, FONT_STACK, STANDALONE_STYLE, wrapAt, type StandalonePieces } from "./standalone.ts";

/** Size of a social preview (Open Graph / Twitter large card), px. */
export const PREVIEW = { width: 1200, height: 630 } as const;

const PAD = 48;
const TITLE = { size: 40, line: 50 };
const SUB = { size: 26, line: 34 };
const FOOT = { size: 20, line: 27 };
/** A chart is drawn at most this much larger than its own size (640 px wide: 1104 px at 1.725). */
const MAX_SCALE = 1.725;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => Math.round(v * 100) / 100;

/**
 * A chart page's social preview, 1200 × 630: title (up to 2 lines), unit and stage, the chart filling the width
 * (a tall chart shows its top rows, the largest of a ranked chart), source and credit at the foot.
 */
export function previewSvg(
  pieces: Pick<StandalonePieces, "lang" | "title" | "subtitle" | "source" | "credit">,
  chartSvg: string,
): string {
  const chart = chartParts(chartSvg);
  const inner = PREVIEW.width - 2 * PAD;
  const out: string[] = [];
  let y = PAD - 8;
  const lines = (text: string, size: number, max: number) => {
    const all = wrapAt(text, inner, size);
    return all.length > max ? [...all.slice(0, max - 1), `${all[max - 1] ?? ""}…`] : all;
  };
  for (const [i, l] of lines(pieces.title, TITLE.size, 2).entries())
    out.push(
      `<text x="${PAD}" y="${y + TITLE.size + i * TITLE.line}" style="font-size:${TITLE.size}px;font-weight:700">${esc(l)}</text>`,
    );
  y += lines(pieces.title, TITLE.size, 2).length * TITLE.line;
  out.push(
    `<text x="${PAD}" y="${y + SUB.size}" style="font-size:${SUB.size}px;fill:#4d5560">${esc(lines(pieces.subtitle, SUB.size, 1)[0] ?? "")}</text>`,
  );
  y += SUB.line + 16;
  const foot = [...lines(pieces.source, FOOT.size, 2), ...lines(pieces.credit, FOOT.size, 1)];
  const footTop = PREVIEW.height - PAD + 12 - foot.length * FOOT.line;
  for (const [i, l] of foot.entries())
    out.push(
      `<text x="${PAD}" y="${footTop + FOOT.size + i * FOOT.line - 4}" style="font-size:${FOOT.size}px;fill:#4d5560">${esc(l)}</text>`,
    );
  const boxH = footTop - 12 - y;
  const scale = Math.min(MAX_SCALE, inner / chart.width);
  const shownH = Math.min(chart.height, boxH / scale);
  out.push(
    `<svg x="${PAD}" y="${n(y)}" width="${n(chart.width * scale)}" height="${n(shownH * scale)}" viewBox="0 0 ${n(chart.width)} ${n(shownH)}" preserveAspectRatio="xMinYMin slice" class="${esc(chart.className)}">${chart.inner}</svg>`,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${esc(pieces.lang)}" width="${PREVIEW.width}" height="${PREVIEW.height}" viewBox="0 0 ${PREVIEW.width} ${PREVIEW.height}" font-family="${esc(FONT_STACK)}">` +
    `<title>${esc(pieces.title)}</title><style>${STANDALONE_STYLE}</style>` +
    `<rect width="100%" height="100%" fill="#fff"></rect><rect width="100%" height="8" fill="#2f6db5"></rect>${out.join("")}</svg>`
  );
}
