/**
 * Chart geometry (src/lib/charts: bars.ts, layout.ts, text.ts), no markup. Expected figures are worked out by hand
 * from the model's constants: 640 px wide, 90 px right margin, 24 px top, 8 px bottom, 26 px bars, band padding 0.2,
 * so the x range is [marginLeft, 550] and a band's step is plot height ÷ (n + 0.2).
 */
import { describe, expect, it } from "vitest";
import { barModel, type BarInput } from "../src/lib/charts/bars.ts";
import { layouts } from "../src/lib/charts/layout.ts";
import { textWidth, wrap } from "../src/lib/charts/text.ts";

const bar = (key: string, value: number | null, label = key): BarInput => ({
  key,
  label,
  value,
  valueLabel: value === null ? "" : String(value),
  style: "budget",
});
const close = (actual: number | undefined, expected: number) => expect(actual).toBeCloseTo(expected, 6);

describe("barModel", () => {
  const cases = [
    {
      call: "barModel([a 100, b 50])",
      rows: [bar("a", 100), bar("b", 50)],
      // [0, 100] is already nice; ticks every 20 (100 / 4 = 25 → 20); 370 px for 100.
      domainTicks: [0, 20, 40, 60, 80, 100],
      tickX: [180, 254, 328, 402, 476, 550],
      zeroX: 180,
      bars: [
        { key: "a", x: 180, w: 370, textX: 554 },
        { key: "b", x: 180, w: 185, textX: 369 },
      ],
    },
    {
      call: "barModel([a -50, b 100]) with a negative value",
      rows: [bar("a", -50), bar("b", 100)],
      // Domain [-50, 100], ticks every 50; zero at 180 + 370 × 50/150. A negative bar runs left from zero, its value
      // label sits right of zero.
      domainTicks: [-50, 0, 50, 100],
      tickX: [180, 303.333333, 426.666667, 550],
      zeroX: 303.333333,
      bars: [
        { key: "b", x: 303.333333, w: 246.666667, textX: 554 },
        { key: "a", x: 180, w: 123.333333, textX: 307.333333 },
      ],
    },
    {
      call: "barModel([a null, b null]) with every value missing",
      rows: [bar("a", null), bar("b", null)],
      // Nothing to scale: the domain falls back to [0, 1]; bars have no width and keep their order.
      domainTicks: [0, 0.2, 0.4, 0.6, 0.8, 1],
      tickX: [180, 254, 328, 402, 476, 550],
      zeroX: 180,
      bars: [
        { key: "a", x: 180, w: 0, textX: 184 },
        { key: "b", x: 180, w: 0, textX: 184 },
      ],
    },
    {
      call: "barModel([a 7]) with a single bar",
      rows: [bar("a", 7)],
      // [0, 7] is niced to [0, 8] (ticks every 2): 7 is 7/8 of 370 px.
      domainTicks: [0, 2, 4, 6, 8],
      tickX: [180, 272.5, 365, 457.5, 550],
      zeroX: 180,
      bars: [{ key: "a", x: 180, w: 323.75, textX: 507.75 }],
    },
  ];
  it.each(cases.map((c) => [c.call, c] as const))("%s: ticks, zero line and bar positions", (_, c) => {
    const { rows, domainTicks, tickX, zeroX, bars } = c;
    const m = barModel(rows);
    expect(m.ticks.map((t) => t.label)).toEqual(domainTicks.map(String));
    m.ticks.forEach((t, i) => close(t.x, tickX[i] ?? NaN));
    close(m.zeroX, zeroX);
    expect(m.bars.map((b) => b.key)).toEqual(bars.map((b) => b.key));
    m.bars.forEach((b, i) => {
      close(b.x, bars[i]?.x ?? NaN);
      close(b.w, bars[i]?.w ?? NaN);
      close(b.textX, bars[i]?.textX ?? NaN);
    });
  });

  it("barModel(two rows) bands them 24 + 52 × (0.2 + k) / 2.2 from the top, each 52 × 0.8 / 2.2 high", () => {
    const m = barModel([bar("a", 100), bar("b", 50)]);
    expect([m.height, m.plotTop, m.plotBottom]).toEqual([84, 24, 76]);
    close(m.bars[0]?.y, 24 + (52 * 0.2) / 2.2);
    close(m.bars[1]?.y, 24 + (52 * 1.2) / 2.2);
    for (const b of m.bars) close(b.h, (52 * 0.8) / 2.2);
  });

  it("barModel([a 7]) makes a 58 px chart with one band 26 × 0.8 / 1.2 high", () => {
    const m = barModel([bar("a", 7)]);
    expect(m.height).toBe(58);
    close(m.bars[0]?.h, (26 * 0.8) / 1.2);
    close(m.bars[0]?.y, 24 + (26 * 0.2) / 1.2);
  });

  it.each([
    ["desc", ["c", "b", "a"]],
    ["none", ["a", "b", "c"]],
  ] as const)("barModel(rows, {sort: %j}) orders bars %j, a missing value last when sorted", (sort, keys) => {
    const m = barModel([bar("a", null), bar("b", 3), bar("c", 9)], { sort });
    expect(m.bars.map((b) => b.key)).toEqual(keys);
  });

  it("barModel(rows, {tickFormat}) labels ticks with it, and margins follow width and labelWidth", () => {
    const m = barModel([bar("a", 1)], { tickFormat: (v) => `${v * 100}%`, width: 300, labelWidth: 200 });
    expect(m.ticks.map((t) => t.label)).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
    expect(m.marginLeft).toBe(114); // labelWidth capped at 38% of 300
    close(m.ticks.at(-1)?.x, 210); // 300 − 90
  });

  it("barModel([]) draws an empty plot: no bars, 32 px high", () => {
    const m = barModel([]);
    expect(m.bars).toEqual([]);
    expect(m.height).toBe(32);
  });
});

describe("textWidth", () => {
  it.each([
    ["abc", 21, "lower case 7 px each"],
    ["ABC1", 32, "capitals and digits 8 px"],
    ["医保", 24, "CJK 12 px"],
    ["il. ,", 20, "narrow marks and spaces 4 px"],
    ["😀", 7, "a surrogate pair counts once"],
    ["", 0, "nothing"],
  ])("textWidth(%j) is %d (%s)", (s, width) => {
    expect(textWidth(s)).toBe(width);
  });
});

describe("wrap", () => {
  it.each([
    ["医疗保障管理事务", 48, 3, ["医疗保障", "管理事务"], "breaks between CJK characters"],
    ["one two three", 50, 3, ["one two", "three"], "breaks after spaces and drops them"],
    ["2101599 其他医疗保障管理事务支出", 100, 3, ["2101599 其他医", "疗保障管理事务支", "出"], "keeps a number whole"],
    ["Supercalifragilistic", 50, 3, ["Supercalifragilistic"], "keeps a word wider than the line whole"],
    ["一二三四五六七八九十", 48, 2, ["一二三四", "五六七…"], "cuts the last line and ends it in …"],
    ["", 50, 3, [], "gives no line for an empty label"],
  ])("wrap(%j, %d, %d) is %j: it %s", (text, max, lines, expected) => {
    expect(wrap(text, max, lines)).toEqual(expected);
  });

  it("wrap(a very long label, 231, 3) fills two lines of 19 CJK characters and cuts the third to 18 and …", () => {
    const lines = wrap("医".repeat(60), 231, 3);
    expect(lines).toEqual(["医".repeat(19), "医".repeat(19), `${"医".repeat(18)}…`]);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(231);
  });
});

describe("layouts", () => {
  const chart = (bars: BarInput[]) => ({ bars, sort: "none" as const, tickFormat: String });

  it("layouts(short labels) gives the wide layout a 180 px label column and one-line 26 px bars", () => {
    const { wide } = layouts(chart([bar("a", 5, "short")]));
    expect([wide.name, wide.model.marginLeft, wide.model.height]).toEqual(["wide", 180, 58]);
    expect(wide.lines.get("a")).toEqual(["short"]);
    const b = wide.model.bars[0]!;
    expect(wide.label(b, 1)).toEqual({ x: 174, y: b.y + b.h / 2, anchor: "end", shift: "0.35em" });
    expect(wide.bar(b)).toEqual({ y: b.y, h: b.h });
  });

  it("layouts(short labels) puts the narrow layout's label above its bar: 300 px wide, 17 px label block", () => {
    const { narrow } = layouts(chart([bar("a", 5, "short")]));
    // Bars of ⌈(17 + 16) / 0.8 × 1.2⌉ = 50 px; the band is 50 × 0.8 / 1.2 high, 50 × 0.2 / 1.2 from the top.
    expect([narrow.name, narrow.model.width, narrow.model.marginLeft, narrow.model.height]).toEqual([
      "narrow",
      300,
      16,
      82,
    ]);
    const b = narrow.model.bars[0]!;
    close(b.y, 24 + (50 * 0.2) / 1.2);
    expect(narrow.label(b, 1)).toEqual({ x: 2, y: b.y + 11, anchor: "start", shift: "0" });
    close(narrow.bar(b).y, b.y + 17);
    close(narrow.bar(b).h, (50 * 0.8) / 1.2 - 17);
  });

  it("layouts(a long label) widens the label column to 38% of the width and wraps it to 3 lines", () => {
    const long = "·· 2080505 机关事业单位基本养老保险缴费支出 and then a lot more words to make it wrap";
    const { wide, narrow } = layouts(chart([bar("a", 5, long), bar("b", 2)]));
    expect(wide.model.marginLeft).toBe(243);
    expect(wide.lines.get("a")).toEqual([
      "·· 2080505 机关事业单位基本养老保险缴",
      "费支出 and then a lot more words to",
      "make it wrap",
    ]);
    expect(wide.model.height).toBe(24 + 2 * (14 * 3 + 14) + 8); // three-line bars: 56 px
    const b = wide.model.bars[0]!;
    close(wide.label(b, 3).y, b.y + b.h / 2 - 14); // three lines centred on the bar
    expect(narrow.lines.get("a")).toEqual([
      "·· 2080505 机关事业单位基本养老保险缴费支出 and",
      "then a lot more words to make it wrap",
    ]);
  });
});
