import { describe, expect, it } from "vitest";
import { csvCell, fieldColumn, forEachCsvRecord, splitCsvLine, toCsv, type CsvRecord } from "../src/lib/data/csv.ts";

/** Every record of a text, collected: what the validator's streaming reader hands over one at a time. */
function parseCsv(text: string) {
  const records: CsvRecord[] = [];
  const { header, unterminatedQuote } = forEachCsvRecord(text, (r) => records.push(r));
  return { header, records, unterminatedQuote };
}

describe("forEachCsvRecord", () => {
  it("forEachCsvRecord returns the header and records with 1-based source lines", () => {
    const csv = parseCsv("a,b\n1,2\n3,4\n");
    expect(csv.header).toEqual(["a", "b"]);
    expect(csv.records).toEqual([
      { line: 2, cells: ["1", "2"], raw: "1,2" },
      { line: 3, cells: ["3", "4"], raw: "3,4" },
    ]);
    expect(csv.unterminatedQuote).toBe(false);
  });

  it("forEachCsvRecord strips a UTF-8 BOM so the first header name is clean", () => {
    const csv = parseCsv("\uFEFFunit_id,name\nx,y\n");
    expect(csv.header).toEqual(["unit_id", "name"]);
    expect(csv.records[0]?.cells).toEqual(["x", "y"]);
  });

  it("forEachCsvRecord keeps every value a string (no dynamic typing: 007, 1.50 and blanks stay as printed)", () => {
    const csv = parseCsv("code,amount,blank\n007,1.50,\n");
    expect(csv.records[0]?.cells).toEqual(["007", "1.50", ""]);
  });

  it("forEachCsvRecord reads quoted commas and doubled quotes", () => {
    const csv = parseCsv('a,b\n"x, y","say ""hi"""\n"",z\n');
    expect(csv.records).toEqual([
      { line: 2, cells: ["x, y", 'say "hi"'], raw: '"x, y","say ""hi"""' },
      { line: 3, cells: ["", "z"], raw: '"",z' },
    ]);
  });

  it("forEachCsvRecord refuses a record spanning lines as multi-line-record at the opening quote, and reads every later line by its physical number", () => {
    const csv = parseCsv('a,b\n1,"two\nlines",z\nlast,row\n');
    expect(csv.records).toEqual([
      {
        line: 2,
        cells: ["1", "two"],
        raw: '1,"two',
        problem: {
          column: 3,
          rule: "multi-line-record",
          message:
            'quoted field opened here runs on for 1 more line: a record must fit on one line (a stray " or a line break inside the field?)',
        },
      },
      {
        line: 3,
        cells: ['lines"'],
        raw: 'lines",z',
        problem: {
          column: 6,
          rule: "stray-quote",
          message: 'quote inside an unquoted field: quote the whole field and write the quote twice ("")',
        },
      },
      { line: 4, cells: ["last", "row"], raw: "last,row" },
    ]);
  });

  it("forEachCsvRecord skips blank lines without shifting line numbers", () => {
    const csv = parseCsv("a,b\n\n1,2\n\n\n3,4");
    expect(csv.records.map((r) => r.line)).toEqual([3, 6]);
  });

  it("forEachCsvRecord reads CRLF files and strips the CR from raw lines", () => {
    const csv = parseCsv("a,b\r\n1,2\r\n3,4\r\n");
    expect(csv.header).toEqual(["a", "b"]);
    expect(csv.records).toEqual([
      { line: 2, cells: ["1", "2"], raw: "1,2" },
      { line: 3, cells: ["3", "4"], raw: "3,4" },
    ]);
  });

  it("forEachCsvRecord flags a quoted field that is never closed as unterminated-quote on its own line only", () => {
    const csv = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(csv.unterminatedQuote).toBe(true);
    expect(csv.records.map((r) => [r.line, r.problem?.rule, r.problem?.column])).toEqual([
      [2, undefined, undefined],
      [3, "unterminated-quote", 3],
      [4, undefined, undefined],
    ]);
  });

  it("forEachCsvRecord passes a badly quoted header line to onHeader with its problem", () => {
    const seen: unknown[] = [];
    forEachCsvRecord(
      'a,b"\n1,2\n',
      () => undefined,
      (header, raw, problem) => {
        seen.push(header, raw, problem?.rule, problem?.column);
        return false;
      },
    );
    expect(seen).toEqual([["a", 'b"'], 'a,b"', "stray-quote", 4]);
  });

  it("forEachCsvRecord of an empty text has no header and no records", () => {
    expect(parseCsv("")).toEqual({ header: [], records: [], unterminatedQuote: false });
  });
});

describe("fieldColumn", () => {
  it("fieldColumn returns the 1-based column where each field starts", () => {
    expect([0, 1, 2].map((i) => fieldColumn("a,bb,ccc", i))).toEqual([1, 3, 6]);
  });

  it("fieldColumn ignores commas inside quotes", () => {
    expect(fieldColumn('"x,y",z', 1)).toBe(7);
  });

  it("fieldColumn counts characters, not bytes (CJK text before the field)", () => {
    expect(fieldColumn("合计,593.40", 1)).toBe(4);
  });

  it("fieldColumn of an empty last field points just past the final comma", () => {
    expect(fieldColumn("a,b,", 2)).toBe(5);
  });

  it("fieldColumn of a field missing from a truncated line points at the end of the line", () => {
    expect(fieldColumn("a,b", 2)).toBe(4);
    expect(fieldColumn("a,b", 5)).toBe(4);
  });

  it("fieldColumn of an unknown field (index -1) returns column 1", () => {
    expect(fieldColumn("a,b", -1)).toBe(1);
  });
});

describe("csvCell and toCsv", () => {
  it("csvCell writes null and undefined as an empty cell, not 0", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(0)).toBe("0");
  });

  it("csvCell quotes commas, quotes and newlines (RFC 4180)", () => {
    expect(csvCell("3,143.81")).toBe('"3,143.81"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("toCsv writes LF line endings and a final newline, without BOM by default", () => {
    expect(toCsv(["a", "b"], [[1, null]])).toBe("a,b\n1,\n");
  });

  it("toCsv({ bom: true }) prefixes U+FEFF so Excel reads UTF-8", () => {
    expect(toCsv(["a"], [["x"]], { bom: true })).toBe("\uFEFFa\nx\n");
  });

  it("toCsv output parses back to the same cells with forEachCsvRecord", () => {
    const rows = [
      ["合计", "3,143.81", ""],
      ['say "hi"', "=1+1", "0"],
    ];
    const csv = parseCsv(toCsv(["name", "amount", "notes"], rows, { bom: true }));
    expect(csv.header).toEqual(["name", "amount", "notes"]);
    expect(csv.records.map((r) => r.cells)).toEqual(rows.map((r) => r.map((c) => (c === "=1+1" ? "'=1+1" : c))));
  });
});

describe("splitCsvLine", () => {
  it.each([
    ["a,b,c", ["a", "b", "c"]],
    ["a,,", ["a", "", ""]],
    ['"a,b",c', ["a,b", "c"]],
    ['"say ""hi""",x', ['say "hi"', "x"]],
    ['x,""', ["x", ""]],
    ["合计,593.40", ["合计", "593.40"]],
  ])("splitCsvLine(%j) returns its cells with no problem", (line, cells) => {
    expect(splitCsvLine(line)).toEqual({ cells });
  });

  it.each([
    ['ab"c,d', 3, "stray-quote", "quote inside an unquoted field"],
    ['x,"ab"c,d', 6, "stray-quote", 'this quote closes the field opened at column 3 but is followed by "c"'],
    // A stray opening quote runs on to the next quoted field's opening quote (right after a comma): blamed on itself.
    ['a,"b,c,"d",e', 3, "stray-quote", "runs on into the next field's opening quote at column 8"],
    ['x,"abc,d', 3, "unterminated-quote", "quoted field opened here is not closed on this line"],
    ['x,"a""', 3, "unterminated-quote", "quoted field opened here is not closed on this line"],
  ])("splitCsvLine(%j) reports the quote at column %i as %s", (line, column, rule, message) => {
    const { problem } = splitCsvLine(line);
    expect(problem).toEqual({ column, rule, message: expect.stringContaining(message) as unknown });
  });
});
