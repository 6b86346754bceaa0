/**
 * Label text measured without a browser: charts are drawn at build time, so widths are estimated generously (12px
 * text: CJK 12px, capitals and digits 8px, narrow marks 4px, else 7px) and labels wrapped so they are never cut off
 * at the chart's edge; a label longer than its lines ends in "…".
 */

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

/** Estimated width in px of `s` set in 12px sans-serif. */
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

/**
 * `text` broken into at most `maxLines` lines of at most `max` px (a single word wider than `max` stays whole);
 * breaks fall after spaces or between CJK characters, never inside a Latin word or a number. Past `maxLines`, the
 * last line is cut and ends in "…".
 */
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
