import { describe, expect, it } from "vitest";
import { fmtWan } from "../src/lib/charts/format.ts";
import { parseInteger, parseNumber, printedDigits, quoted, toHalfWidth } from "../src/lib/data/numbers.ts";

describe("parseNumber", () => {
  it('parseNumber("") returns null (missing), not 0', () => {
    expect(parseNumber("")).toEqual({ ok: true, value: null });
  });

  it('parseNumber("   ") treats a whitespace-only cell as missing (null)', () => {
    expect(parseNumber("   ")).toEqual({ ok: true, value: null });
  });

  it('parseNumber("0") returns 0: a printed zero is a figure, not a blank', () => {
    expect(parseNumber("0")).toEqual({ ok: true, value: 0 });
    expect(parseNumber("0.00")).toEqual({ ok: true, value: 0 });
  });

  it('parseNumber("593.40") returns 593.4', () => {
    expect(parseNumber("593.40")).toEqual({ ok: true, value: 593.4 });
  });

  it('parseNumber("3,143.81") accepts thousands separators', () => {
    expect(parseNumber("3,143.81")).toEqual({ ok: true, value: 3143.81 });
    expect(parseNumber("1,234,567.8")).toEqual({ ok: true, value: 1234567.8 });
    expect(parseNumber("12,000")).toEqual({ ok: true, value: 12000 });
  });

  it('parseNumber("５９３．４０") accepts full-width digits and point', () => {
    expect(parseNumber("５９３．４０")).toEqual({ ok: true, value: 593.4 });
  });

  it('parseNumber("３，１４３．８１") accepts a full-width thousands separator', () => {
    expect(parseNumber("３，１４３．８１")).toEqual({ ok: true, value: 3143.81 });
  });

  it("parseNumber strips a leading UTF-8 BOM and surrounding spaces", () => {
    expect(parseNumber("\uFEFF12.5")).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber("  12.5 ")).toEqual({ ok: true, value: 12.5 });
  });

  it("parseNumber accepts ASCII and full-width signs", () => {
    expect(parseNumber("-3.5")).toEqual({ ok: true, value: -3.5 });
    expect(parseNumber("+2")).toEqual({ ok: true, value: 2 });
    expect(parseNumber("－３")).toEqual({ ok: true, value: -3 });
  });

  it.each([
    ["12.5万", "a unit suffix"],
    ["abc", "letters"],
    ["1,23.4", "a misplaced thousands separator"],
    ["12,34", "a comma used as decimal point"],
    ["1.2.3", "two points"],
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["1e3", "exponent notation"],
    [".5", "a missing integer part"],
    ["5.", "a trailing point"],
    ["0x10", "hex"],
    ["1 000", "a space as separator"],
    ["--1", "a double sign"],
  ])('parseNumber("%s") is an error (%s), never NaN', (cell) => {
    const result = parseNumber(cell);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(`"${cell}" is not a number`);
  });
});

describe("parseNumber precision", () => {
  it('parseNumber("999,999,999,999,999") reads 15 significant digits exactly', () => {
    expect(parseNumber("999,999,999,999,999")).toEqual({ ok: true, value: 999999999999999 });
    expect(parseNumber("0.000123456789012345")).toEqual({ ok: true, value: 0.000123456789012345 });
  });

  it('parseNumber("1234567890123456") refuses 16 significant digits as precision, not type', () => {
    expect(parseNumber("1234567890123456")).toEqual({
      ok: false,
      rule: "precision",
      reason: '"1234567890123456" has 16 significant digits: more than 15 cannot be read exactly',
    });
  });

  it("parseNumber of 400 digits is a precision error, never Infinity", () => {
    const result = parseNumber("9".repeat(400));
    expect(result).toEqual({
      ok: false,
      rule: "precision",
      reason:
        '"99999999999999999999…" (400 characters) has 400 significant digits: more than 15 cannot be read exactly',
    });
  });
});

describe("printedDigits", () => {
  it.each([
    ["593.40", 5, 2],
    ["0.00", 0, 2],
    ["0,012.50", 4, 2],
    ["１２３．４５６", 6, 3],
    ["-7", 1, 0],
    ["", 0, 0],
  ])('printedDigits("%s") has %i significant digits and %i decimals', (cell, significant, decimals) => {
    expect(printedDigits(cell)).toEqual({ significant, decimals });
  });
});

describe("quoted", () => {
  it("quoted keeps a cell of 40 characters whole and cuts a longer one to 20 with its length", () => {
    expect(quoted("x".repeat(40))).toBe(`"${"x".repeat(40)}"`);
    expect(quoted("y".repeat(41))).toBe(`"${"y".repeat(20)}…" (41 characters)`);
  });
});

describe("parseInteger", () => {
  it('parseInteger("2024") returns 2024', () => {
    expect(parseInteger("2024")).toEqual({ ok: true, value: 2024 });
  });

  it('parseInteger("") returns null (missing), not 0', () => {
    expect(parseInteger("")).toEqual({ ok: true, value: null });
  });

  it('parseInteger("2,024") accepts a thousands separator', () => {
    expect(parseInteger("2,024")).toEqual({ ok: true, value: 2024 });
  });

  it('parseInteger("2024.5") is an error: not a whole number', () => {
    expect(parseInteger("2024.5")).toEqual({ ok: false, reason: '"2024.5" is not a whole number' });
  });

  it('parseInteger("12a") reports that it is not a number', () => {
    expect(parseInteger("12a")).toEqual({ ok: false, reason: '"12a" is not a number' });
  });
});

describe("toHalfWidth", () => {
  it('toHalfWidth("５９３．４０") returns "593.40"', () => {
    expect(toHalfWidth("５９３．４０")).toBe("593.40");
  });

  it("toHalfWidth maps full-width comma and signs and leaves other text alone", () => {
    expect(toHalfWidth("＋１，０００－")).toBe("+1,000-");
    expect(toHalfWidth("合计 12.5 万元")).toBe("合计 12.5 万元");
  });
});

describe("fmtWan", () => {
  const intl = {
    zh: new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 4 }),
    en: new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 4 }),
  };

  it("prints printed figures the way the reports are read: 58,149.15, 0.00, -4.38, 1,234,567.8912", () => {
    expect(fmtWan(58149.15, "zh")).toBe("58,149.15");
    expect(fmtWan(0, "en")).toBe("0.00");
    expect(fmtWan(-4.38, "zh")).toBe("-4.38");
    expect(fmtWan(1234567.8912, "en")).toBe("1,234,567.8912");
    expect(fmtWan(593.4, "zh")).toBe("593.40");
    expect(fmtWan(0.00005, "en")).toBe("0.0001");
  });

  it("equals Intl.NumberFormat (zh-CN and en-GB, 2–4 decimals) on 100,000 seeded values and every half-way case", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const values: number[] = [-0, 0.005, 0.00005, 1.00005, 999.99995, 1e12 + 0.125];
    for (let i = 0; i < 100_000; i++) {
      const magnitude = 10 ** Math.floor(next() * 9);
      const decimals = Math.floor(next() * 7);
      const v = Math.round(next() * magnitude * 10 ** decimals) / 10 ** decimals;
      values.push(next() < 0.1 ? -v : v);
    }
    for (const v of values)
      for (const lang of ["zh", "en"] as const) expect(fmtWan(v, lang), String(v)).toBe(intl[lang].format(v));
  });
});
