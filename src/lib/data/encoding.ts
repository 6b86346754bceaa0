/** Strict UTF-8 decoding of a CSV file, and a guess at what a file that is not UTF-8 was saved as. */

/** Where the first byte that is not UTF-8 sits, and what the file looks like instead. */
export interface EncodingProblem {
  line: number;
  column: number;
  /** The encoding the bytes read as instead, if one fits. */
  looksLike: "UTF-16" | "GBK (GB18030)" | "Big5" | null;
  message: string;
}

/**
 * Decode bytes as UTF-8 (a leading BOM is kept: the CSV reader strips it). Bytes that are not UTF-8 are an
 * `EncodingProblem` at the physical line and column of the first one; `text` is then decoded with U+FFFD
 * replacements so the rest of the file can still be checked.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; problem?: EncodingProblem } {
  // Fast path: the native strict decoder accepts every valid file; the byte-by-byte scan runs only to locate an error.
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      // located below
    }
  }
  const at = utf16 ? 0 : firstInvalidUtf8(bytes);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (at < 0) return { text };
  let lineStart = bytes.lastIndexOf(10, at - 1) + 1;
  if (at === 0) lineStart = 0;
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) line++;
  const column = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(lineStart, at)).length + 1;
  const byte = `0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
  const lines = text.split("\n").filter((l) => l.includes("\uFFFD")).length;
  const looks = utf16 ? ("UTF-16" as const) : guessEncoding(bytes, text);
  const what = looks
    ? `the file looks like ${looks}; save it as UTF-8`
    : "the file is not UTF-8 (nor GBK or Big5): a damaged byte? save it as UTF-8";
  return {
    text,
    problem: {
      line,
      column,
      looksLike: looks,
      message: `byte ${byte} at offset ${at} is not UTF-8${utf16 ? "" : ` (${lines} line${lines === 1 ? "" : "s"} affected)`}: ${what}`,
    },
  };
}

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i];
    return b !== undefined && b >= lo && b <= hi;
  };
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    if (b < 0x80) i++;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (
      ((b === 0xe0 && cont(i + 1, 0xa0)) ||
        (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1)) ||
        (b === 0xed && cont(i + 1, 0x80, 0x9f))) &&
      cont(i + 2)
    )
      i += 3;
    else if (
      ((b === 0xf0 && cont(i + 1, 0x90)) ||
        (b >= 0xf1 && b <= 0xf3 && cont(i + 1)) ||
        (b === 0xf4 && cont(i + 1, 0x80, 0x8f))) &&
      cont(i + 2) &&
      cont(i + 3)
    )
      i += 4;
    else return i;
  }
  return -1;
}

/**
 * Frequent characters of budget reports in simplified and traditional script: text decoded with the right encoding
 * is full of them, text decoded with the wrong one (mojibake) has few.
 */
const COMMON = new Set(
  "的一是在不了有和人中大为上个国以要时来用们生到作地于出就分对成会可主发年动同工也能下过子产种面而方后多定行学法所民得经十三之进等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反明看原又利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果料象员位入常文总次品式活设及管特件长求基资边流路级少图山统接知较将组见计别手角期根论运指九区强放决西被做必先回则任取据处府医疗保障局预算决支收元万费经项目服务中心财拨款余额合计专用基金市县省人民政府这為個國來們時對會發動過產種後實當點從業還體間與關數與機處結問題應開資邊統較將組見計別論運區強決則據醫療障預決費項務財撥餘額專縣",
);

/** The encoding (GBK / GB18030 or Big5) under which the bytes read as Chinese text better than as UTF-8, if any. */
function guessEncoding(bytes: Uint8Array, utf8: string): EncodingProblem["looksLike"] {
  let best: { name: EncodingProblem["looksLike"]; score: number } = { name: null, score: score(utf8) };
  for (const [label, name] of [
    ["gb18030", "GBK (GB18030)"],
    ["big5", "Big5"],
  ] as const) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const s = score(text);
    if (s > best.score) best = { name, score: s };
  }
  return best.name;
}

/** Share of non-ASCII characters that are common Chinese characters. */
function score(text: string): number {
  let common = 0;
  let other = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    if (COMMON.has(ch)) common++;
    else other++;
  }
  return common + other ? common / (common + other) : 0;
}
