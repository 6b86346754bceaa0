/**
 * Strict reading of data/: each case corrupts one thing in a fresh copy of the real data and expects the exact list
 * of errors, `file:line:column: rule: message`. Columns were counted by hand from the rows quoted beside each case.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { formatError } from "../src/lib/data/types.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const DATA = fileURLToPath(new URL("../data", import.meta.url));

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), "yibao-strict-"));
  made.push(dir);
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

/** Replace the single occurrence of `from` in a copy of data/ (fails loudly if data/ no longer has it once). */
function corrupt(file: string, from: string, to: string): string {
  const dir = copyData();
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file}: expected ${JSON.stringify(from)} exactly once, found ${count}`);
  writeFileSync(path, text.replace(from, to));
  return dir;
}

/** Every error as `file:line:column: rule: message`, the file reduced to its basename. */
function errorLines(dir: string): string[] {
  return validateDataDir(dir).errors.map((e) => formatError({ ...e, file: basename(e.file) }));
}

/** An encoder for a legacy Chinese encoding, built by inverting Node's own decoder over every two-byte sequence. */
function encoder(label: "gbk" | "big5"): (text: string) => Uint8Array {
  const bytes = new Map<string, [number, number]>();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !bytes.has(ch)) bytes.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      const pair = bytes.get(ch);
      if (code < 0x80) out.push(code);
      else if (pair) out.push(...pair);
      else throw new Error(`${ch} has no ${label} encoding`);
    }
    return new Uint8Array(out);
  };
}

// claims.csv line 2: 210300-bureau-2024-budget,C001,143,,total_income_expenditure,2024,budget,level,593.4,万元,,
// 2024年收支总预算593.4万元,收支总预算: one figure… — amount at column 80, quote at 90, notes at 108.
// claims.csv line 3: …,C002,145,,total_income,2024,budget,level,593.4,万元,,收入预算593.4万元, — claim_id at 27, quote at 78.
// claims.csv line 23: …,C022,163,,…,prior_year,提高0.87%,"5.13/588.27 = 0.872%, consistent" — compared_to at 98,
// the notes' opening quote at 117.
const C001_QUOTE = ",2024年收支总预算593.4万元,收支总预算:";
const C022_NOTES = '"5.13/588.27 = 0.872%, consistent"';

describe("validateDataDir(copy of data/) refuses badly quoted lines, each at its own physical line", () => {
  it.each([
    [
      "a stray opening quote (it used to swallow every row up to line 23's quote)",
      "claims.csv",
      C001_QUOTE,
      ',"2024年收支总预算593.4万元,收支总预算:',
      ['claims.csv:2:90: unterminated-quote: quoted field opened here is not closed on this line (a stray "?)'],
    ],
    [
      "a quote inside an unquoted field",
      "claims.csv",
      C001_QUOTE,
      ',2024年收支"总预算593.4万元,收支总预算:',
      [
        'claims.csv:2:97: stray-quote: quote inside an unquoted field: quote the whole field and write the quote twice ("")',
      ],
    ],
    [
      "a quote that closes a field early",
      "claims.csv",
      C022_NOTES,
      '"5.13/588.27 = "0.872%, consistent"',
      [
        'claims.csv:23:132: stray-quote: this quote closes the field opened at column 117 but is followed by "0": a quote inside a field is written twice ("")',
      ],
    ],
    [
      "a record spanning two lines (the line after it is read on its own)",
      "claims.csv",
      C022_NOTES,
      '"5.13/588.27\n= 0.872%, consistent"',
      [
        'claims.csv:23:117: multi-line-record: quoted field opened here runs on for 1 more line: a record must fit on one line (a stray " or a line break inside the field?)',
        'claims.csv:24:21: stray-quote: quote inside an unquoted field: quote the whole field and write the quote twice ("")',
      ],
    ],
  ])("validateDataDir refuses %s", (_, file, from, to, expected) => {
    expect(errorLines(corrupt(file, from, to))).toEqual(expected);
  });

  it("validateDataDir after a multi-line record reports a later error at its physical line (claims C044, line 45 → 46)", () => {
    const dir = corrupt("claims.csv", C022_NOTES, '"5.13/588.27\n= 0.872%, consistent"');
    const path = join(dir, "claims.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace(",C044,183,,", ",C044,183年,,"));
    // 210300-bureau-2024-budget,C044,183年 — the line field starts at column 32.
    expect(errorLines(dir).slice(2)).toEqual([
      'claims.csv:46:32: type: line: "183年" is not a number (expected integer)',
    ]);
  });
});

describe("validateDataDir(copy of data/) refuses a file that is not UTF-8, at the first bad byte", () => {
  // units.csv: a 136-character ASCII header, then 210300-bureau,鞍山市… — the first Chinese character is byte 151,
  // line 2, column 15.
  it("validateDataDir names GBK when units.csv was saved as GBK", () => {
    const dir = copyData();
    const path = join(dir, "units.csv");
    writeFileSync(path, encoder("gbk")(readFileSync(path, "utf8")));
    expect(errorLines(dir)).toEqual([
      "units.csv:2:15: encoding: byte 0xB0 at offset 151 is not UTF-8 (7 lines affected): the file looks like GBK (GB18030); save it as UTF-8",
    ]);
  });

  it("validateDataDir names Big5 when units.csv (its Chinese text made traditional) was saved as Big5", () => {
    const dir = copyData();
    const path = join(dir, "units.csv");
    const traditional = readFileSync(path, "utf8").replace(/[\u0080-\uffff]+/g, "醫療保障局");
    writeFileSync(path, encoder("big5")(traditional));
    expect(errorLines(dir)).toEqual([
      "units.csv:2:15: encoding: byte 0xC2 at offset 151 is not UTF-8 (7 lines affected): the file looks like Big5; save it as UTF-8",
    ]);
  });

  it("validateDataDir reports one damaged byte in a UTF-8 file as not UTF-8 (nor GBK or Big5)", () => {
    const dir = copyData();
    const path = join(dir, "claims.csv");
    const bytes = readFileSync(path);
    // Line 2 starts after the 103-byte header and its newline; its amount 593.4 is at column 80: byte 104 + 79 = 183.
    expect(bytes.subarray(183, 188).toString()).toBe("593.4");
    bytes[183] = 0xff;
    writeFileSync(path, bytes);
    expect(errorLines(dir)).toEqual([
      "claims.csv:2:80: encoding: byte 0xFF at offset 183 is not UTF-8 (1 line affected): the file is not UTF-8 (nor GBK or Big5): a damaged byte? save it as UTF-8",
      'claims.csv:2:80: type: amount: "\uFFFD93.4" is not a number (expected number)',
    ]);
  });

  it("validateDataDir names UTF-16 and reads nothing more of the file", () => {
    const dir = copyData();
    const path = join(dir, "claims.csv");
    writeFileSync(path, Buffer.from("\uFEFF" + readFileSync(path, "utf8"), "utf16le"));
    expect(errorLines(dir)).toEqual([
      "claims.csv:1:1: encoding: byte 0xFF at offset 0 is not UTF-8: the file looks like UTF-16; save it as UTF-8",
    ]);
  });
});

describe("validateDataDir(copy of data/) refuses invisible and control characters at their column", () => {
  it.each([
    [
      "a NUL byte",
      "claims.csv",
      C001_QUOTE,
      ",2024年收支总预算593.4万元,收支总预算\u0000:",
      ["claims.csv:2:113: nul-byte: notes: text contains a NUL byte (U+0000)"],
    ],
    [
      "a control character (BEL)",
      "claims.csv",
      C001_QUOTE,
      ",2024年收支总预算593.4万元,收支总预算\u0007:",
      ["claims.csv:2:113: control-character: notes: text contains the control character U+0007"],
    ],
    [
      "a right-to-left override",
      "claims.csv",
      C001_QUOTE,
      ",2024年\u202E收支总预算593.4万元,收支总预算:",
      [
        "claims.csv:2:95: bidi-control: quote: text contains U+202E RIGHT-TO-LEFT OVERRIDE, an invisible character that reorders how text displays",
      ],
    ],
    [
      "a first-strong isolate",
      "claims.csv",
      C001_QUOTE,
      ",2024年\u2068收支总预算593.4万元,收支总预算:",
      [
        "claims.csv:2:95: bidi-control: quote: text contains U+2068 FIRST STRONG ISOLATE, an invisible character that reorders how text displays",
      ],
    ],
    [
      "a zero-width space at the end of an id",
      "claims.csv",
      ",C002,145,",
      ",C002\u200B,145,",
      ["claims.csv:3:31: zero-width: claim_id: text contains U+200B ZERO WIDTH SPACE, an invisible character"],
    ],
    [
      "a byte-order mark inside the file",
      "claims.csv",
      ",收入预算593.4万元,",
      ",\uFEFF收入预算593.4万元,",
      [
        "claims.csv:3:78: zero-width: quote: text contains U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark), an invisible character",
      ],
    ],
    [
      "a replacement character (a character lost in an earlier conversion)",
      "claims.csv",
      ",收入预算593.4万元,",
      ",收入\uFFFD算593.4万元,",
      [
        "claims.csv:3:80: replacement-character: quote: text contains U+FFFD, a character lost in an earlier conversion: copy it again from the source",
      ],
    ],
    [
      "a second byte-order mark at the start of the file (the header is unusable)",
      "claims.csv",
      "document_id,claim_id,",
      "\uFEFF\uFEFFdocument_id,claim_id,",
      [
        "claims.csv:1:1: zero-width: document_id: text contains U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark), an invisible character",
      ],
    ],
  ])("validateDataDir refuses %s", (_, file, from, to, expected) => {
    expect(errorLines(corrupt(file, from, to))).toEqual(expected);
  });
});

describe("validateDataDir(copy of data/) refuses text longer than its field allows", () => {
  it.each([
    [
      "a 201-character compared_to (limit 200)",
      ",prior_year,提高0.87%,",
      `,${"x".repeat(201)},提高0.87%,`,
      ["claims.csv:23:98: text-length: compared_to: text is 201 characters long: at most 200 in this field"],
    ],
    ["a 200-character compared_to", ",prior_year,提高0.87%,", `,${"x".repeat(200)},提高0.87%,`, []],
    [
      // 2,001 × 注, then the rest of the note: ": one figure covering both total income and total expenditure" (61).
      "a 2,062-character note (limit 2,000)",
      C001_QUOTE,
      `,2024年收支总预算593.4万元,${"注".repeat(2001)}:`,
      ["claims.csv:2:108: text-length: notes: text is 2062 characters long: at most 2000 in this field"],
    ],
  ])("validateDataDir refuses %s", (_, from, to, expected) => {
    expect(errorLines(corrupt("claims.csv", from, to))).toEqual(expected);
  });
});

// three_public.csv line 4: 210300-bureau-2024-budget,T07,456,,vehicle,budget,1.80, — amount (万元) at column 51.
const VEHICLE = ",vehicle,budget,1.80,\n";

describe("validateDataDir(copy of data/) refuses numbers it cannot read exactly or that are absurd", () => {
  it.each([
    [
      "a 400-digit amount (it used to be read as Infinity)",
      "claims.csv",
      ",level,593.4,万元,,2024年",
      `,level,${"1".repeat(400)},万元,,2024年`,
      [
        'claims.csv:2:80: precision: amount: "11111111111111111111…" (400 characters) has 400 significant digits: more than 15 cannot be read exactly',
      ],
    ],
    [
      "16 significant digits",
      "claims.csv",
      ",level,593.4,万元,,2024年",
      ",level,593.4000000000001,万元,,2024年",
      [
        'claims.csv:2:80: precision: amount: "593.4000000000001" has 16 significant digits: more than 15 cannot be read exactly',
      ],
    ],
    [
      "an amount of 1,000,000,000 万元",
      "three_public.csv",
      VEHICLE,
      ',vehicle,budget,"1,000,000,000.00",\n',
      [
        'three_public.csv:4:51: magnitude: amount: "1,000,000,000.00" 万元 is not a plausible figure: no value here reaches 1,000,000,000 万元',
      ],
    ],
    [
      "a source line number of 1,000,000,000",
      "claims.csv",
      ",C002,145,,",
      ",C002,1000000000,,",
      ['claims.csv:3:32: magnitude: line: "1000000000" is not a plausible figure: no value here reaches 1,000,000,000'],
    ],
    [
      "an amount in 万元 with 3 decimals",
      "three_public.csv",
      VEHICLE,
      ",vehicle,budget,1.801,\n",
      ['three_public.csv:4:51: decimals: amount: "1.801" has 3 decimals: amounts in 万元 are printed with at most 2'],
    ],
  ])("validateDataDir refuses %s", (_, file, from, to, expected) => {
    const errors = errorLines(corrupt(file, from, to));
    expect(errors.slice(0, expected.length)).toEqual(expected);
  });
});

describe("validateDataDir(copy of data/) keeps accepting harmless printed forms", () => {
  it("validateDataDir accepts a UTF-8 BOM at the start of every file", () => {
    const dir = copyData();
    for (const file of ["units.csv", "documents.csv", "claims.csv", "functional.csv", "findings.csv"]) {
      const path = join(dir, file);
      writeFileSync(path, "\uFEFF" + readFileSync(path, "utf8"));
    }
    expect(errorLines(dir)).toEqual([]);
  });

  it.each([
    ["full-width digits", ",vehicle,budget,１．８０,\n"],
    ["a quoted amount with a thousands separator", ',vehicle,budget,"0,001.80",\n'],
    ["fewer decimals than printed", ",vehicle,budget,1.8,\n"],
  ])("validateDataDir accepts %s in a 万元 amount", (_, to) => {
    expect(errorLines(corrupt("three_public.csv", VEHICLE, to))).toEqual([]);
  });

  it('validateDataDir accepts "58,149.15" (quoted, thousands separator) for the 抚顺 centre\'s 合计', () => {
    const dir = corrupt(
      "functional.csv",
      "210400-centre-2024-budget,T02,41,,total,,,合计,58149.15,",
      '210400-centre-2024-budget,T02,41,,total,,,合计,"58,149.15",',
    );
    expect(errorLines(dir)).toEqual([]);
  });

  it("validateDataDir accepts 15 significant digits (593.400000000000) and a line number of 999,999,999", () => {
    const dir = corrupt("claims.csv", ",level,593.4,万元,,2024年", ",level,593.400000000000,万元,,2024年");
    const path = join(dir, "claims.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace(",C002,145,,", ",C002,999999999,,"));
    expect(errorLines(dir)).toEqual([]);
  });
});
