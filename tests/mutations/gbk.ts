/** GBK encoding of text (Node decodes GBK but does not encode it): the table is built once by decoding every pair. */
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder("gbk");
  const built = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== "\ufffd" && !built.has(ch)) built.set(ch, [a, b]);
    }
  return (table = built);
}

/** Encode text as GBK; characters GBK lacks become "?". */
export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else out.push(...(map.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(out);
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const at = (i: number) => bytes[i] ?? -1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => at(i) >= lo && at(i) <= hi;
  for (let i = 0; i < bytes.length;) {
    const b = at(i);
    let n = 0;
    if (b < 0x80) n = 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      if (cont(i + 1, lo, hi) && cont(i + 2)) n = 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3)) n = 4;
    }
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** 1-based line and column (in characters of the line decoded up to there) of a byte offset. */
export function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: new TextDecoder().decode(bytes.subarray(start, offset)).length + 1 };
}
