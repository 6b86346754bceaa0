import { describe, expect, it } from "vitest";
import { decodeUtf8, firstInvalidUtf8 } from "../src/lib/data/encoding.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("firstInvalidUtf8", () => {
  it.each([
    ["ASCII", utf8("a,b\n1,2\n")],
    ["CJK and an astral character", utf8("合计,593.40\n𠀀")],
    ["a BOM", utf8("\uFEFFa")],
    ["the largest code point U+10FFFF", bytes(0xf4, 0x8f, 0xbf, 0xbf)],
  ])("firstInvalidUtf8(%s) returns -1", (_, b) => {
    expect(firstInvalidUtf8(b)).toBe(-1);
  });

  it.each([
    ["a lone continuation byte", bytes(0x61, 0x80), 1],
    ["an overlong two-byte form (C0 AF)", bytes(0xc0, 0xaf), 0],
    ["an overlong three-byte form (E0 80 AF)", bytes(0x61, 0xe0, 0x80, 0xaf), 1],
    ["a surrogate (ED A0 80)", bytes(0xed, 0xa0, 0x80), 0],
    ["a lead byte cut short by a comma", bytes(0xe5, 0x90, 0x2c), 0],
    ["a code point past U+10FFFF (F4 90 80 80)", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["0xFF", bytes(0x61, 0x62, 0xff), 2],
    ["a truncated sequence at the end", bytes(0x61, 0xe5, 0x90), 1],
  ])("firstInvalidUtf8(%s) returns the offset of the bad sequence's first byte", (_, b, offset) => {
    expect(firstInvalidUtf8(b)).toBe(offset);
  });
});

describe("decodeUtf8", () => {
  it("decodeUtf8 of UTF-8 text keeps a leading BOM and reports no problem", () => {
    expect(decodeUtf8(utf8("\uFEFFa,b\n"))).toEqual({ text: "\uFEFFa,b\n" });
  });

  it("decodeUtf8 reports the line and character column of the first bad byte", () => {
    // Line 2 is "合计,5" then 0xFF: four characters before it (column 5), 4 + 6 + 2 bytes (offset 12).
    const { problem, text } = decodeUtf8(new Uint8Array([...utf8("a,b\n合计,5"), 0xff, ...utf8("\n")]));
    expect(problem).toEqual({
      line: 2,
      column: 5,
      looksLike: null,
      message:
        "byte 0xFF at offset 12 is not UTF-8 (1 line affected): the file is not UTF-8 (nor GBK or Big5): a damaged byte? save it as UTF-8",
    });
    expect(text).toBe("a,b\n合计,5\uFFFD\n");
  });

  it("decodeUtf8 of 医疗保障局 in GBK says it looks like GBK", () => {
    // 医 D2BD 疗 C1C6 保 B1A3 障 D5CF 局 BED6: D2 BD is a valid UTF-8 pair (U+04BD), C1 is never UTF-8.
    const gbk = bytes(0x61, 0x2c, 0xd2, 0xbd, 0xc1, 0xc6, 0xb1, 0xa3, 0xd5, 0xcf, 0xbe, 0xd6, 0x0a);
    expect(decodeUtf8(gbk).problem).toEqual({
      line: 1,
      column: 4,
      looksLike: "GBK (GB18030)",
      message:
        "byte 0xC1 at offset 4 is not UTF-8 (1 line affected): the file looks like GBK (GB18030); save it as UTF-8",
    });
  });

  it("decodeUtf8 of 醫療保障局 in Big5 says it looks like Big5", () => {
    // 醫 C2E5 療 C0F8 保 AB4F 障 BBD9 局 A7BD.
    const big5 = bytes(0xc2, 0xe5, 0xc0, 0xf8, 0xab, 0x4f, 0xbb, 0xd9, 0xa7, 0xbd);
    expect(new TextDecoder("big5").decode(big5)).toBe("醫療保障局");
    expect(decodeUtf8(big5).problem?.message).toBe(
      "byte 0xC2 at offset 0 is not UTF-8 (1 line affected): the file looks like Big5; save it as UTF-8",
    );
  });

  it("decodeUtf8 of UTF-16 (with its BOM) says so at 1:1", () => {
    expect(decodeUtf8(new Uint8Array(Buffer.from("\uFEFFa,b\n", "utf16le"))).problem).toEqual({
      line: 1,
      column: 1,
      looksLike: "UTF-16",
      message: "byte 0xFF at offset 0 is not UTF-8: the file looks like UTF-16; save it as UTF-8",
    });
  });
});
