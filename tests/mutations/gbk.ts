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
