import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { exportPieces } from "../src/lib/charts/export-pieces.ts";
import { legendRows, wrapAt, type StandalonePieces } from "../src/lib/charts/standalone.ts";
import { standaloneSvg } from "../src/lib/render/standalone-svg.ts";

/** A chart SVG of 640 × 100 px, as any chart kind writes one (only its viewBox and contents are read). */
const CHART = `<svg role="img" viewBox="0 0 640 100" width="100%" class="bars bars-wide"><rect x="0" y="0" width="10" height="10"></rect></svg>`;

const PIECES: StandalonePieces = {
  lang: "zh-CN",
  title: "人员经费占基本支出比重 · 2024 预算",
  subtitle: "单位：% · 预算",
  legend: [{ swatch: "budget", label: "预算数（实心蓝条）" }],
  notes: ["口径与来源: 人员经费 ÷ 基本支出"],
  source: "来源：鞍山市医疗保障局本级2024年预算公开报告。整理：医保预决算对比 https://yibao-budgets.test/",
  credit: "yibao-budgets · https://yibao-budgets.test/metrics/personnel/",
};

const texts = (svg: string) =>
  parse(svg)
    .querySelectorAll("text")
    .map((t) => t.text);

describe("wrapAt", () => {
  it("wrapAt(text, width, size) breaks 40 CJK characters at 18px in 640px after the 35th", () => {
    // 12px estimate: a CJK character is 12 px; at 18px the width in 12px units is floor(640 × 12 / 18) = 426, so
    // floor(426 / 12) = 35 characters fit on a line: 40 = 35 + 5.
    const title = "医".repeat(40);
    expect(wrapAt(title, 640, 18).map((l) => l.length)).toEqual([35, 5]);
  });

  it("wrapAt(url, width, size) cuts a URL wider than the picture, after a / where one is near the end", () => {
    const url = `https://yibao-budgets.test/${"metrics/".repeat(12)}`;
    const lines = wrapAt(url, 300, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(url);
    expect(lines.slice(0, -1).every((l) => l.endsWith("/"))).toBe(true);
  });

  it("wrapAt('', width, size) is no line at all", () => {
    expect(wrapAt("", 640, 12)).toEqual([]);
  });
});

describe("legendRows", () => {
  it("legendRows(keys, width) starts a new row when a key would pass the width", () => {
    // Key width: swatch 12 + gap 5 + label (12 px per CJK character) + 16 between keys. Three 10-character keys
    // are 12 + 5 + 120 = 137 px each, placed at x = 0, 153, 306 in 640 px; in 300 px the third (306 + 137) wraps.
    const key = { swatch: "budget" as const, label: "预".repeat(10) };
    expect(legendRows([key, key, key], 640).map((p) => [p.x, p.row])).toEqual([
      [0, 0],
      [153, 0],
      [306, 0],
    ]);
    expect(legendRows([key, key, key], 300).map((p) => [p.x, p.row])).toEqual([
      [0, 0],
      [153, 0],
      [0, 1],
    ]);
  });
});

describe("standaloneSvg", () => {
  it("standaloneSvg(pieces, chart) puts the chart below header and legend and sizes the picture from its lines", () => {
    const { svg, width, height } = standaloneSvg(PIECES, CHART);
    // Width: the chart's 640 + 2 × 16 padding. Height, by hand: 16 padding + title 1 line × 24 + subtitle 1 × 18 +
    // 4 + legend 1 row × 20 + 6 = 88 (the chart's top); + chart 100 + 8 = 196; footer: note, source and credit
    // (each one line at 11px in 640px: 15 + 3) = 196 + 3 × 18 = 250; + 16 padding − 3 = 263.
    expect(width).toBe(672);
    expect(height).toBe(263);
    expect(svg).toContain(`<svg x="16" y="88" width="640" height="100" viewBox="0 0 640 100" class="bars bars-wide">`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xml:lang="zh-CN" width="672" height="263"/);
  });

  it("standaloneSvg(pieces, chart) writes title, subtitle, legend, notes, source and credit as text", () => {
    const { svg } = standaloneSvg(PIECES, CHART);
    expect(texts(svg)).toEqual([
      PIECES.title,
      PIECES.subtitle,
      "预算数（实心蓝条）",
      ...PIECES.notes,
      PIECES.source,
      PIECES.credit,
    ]);
    // The budget key's swatch is the budget bars' fill; fonts are a declared stack ending in system sans-serif.
    expect(svg).toContain(`fill="#2f6db5"`);
    expect(svg).toContain("'Noto Sans CJK SC'");
    expect(svg).not.toMatch(/@import|url\(|@font-face|https?:\/\/fonts/);
  });

  it("standaloneSvg(pieces, chart) wraps a long Chinese title onto as many lines as it needs, moving all below", () => {
    // 60 CJK characters at 18px, 35 a line (see wrapAt): two lines, the picture and the chart 24 px lower.
    const long = { ...PIECES, title: "辽宁省鞍山市医疗保障局及其所属医疗保障事务服务中心".repeat(3).slice(0, 60) };
    const { svg, height } = standaloneSvg(long, CHART);
    expect(height).toBe(263 + 24);
    expect(svg).toContain(`<svg x="16" y="112" width="640"`);
    const title = parse(svg).querySelectorAll("text.sa-title");
    expect(title.map((t) => t.text.length)).toEqual([35, 25]);
    expect(title.map((t) => t.getAttribute("y"))).toEqual(["34", "58"]);
  });

  it("standaloneSvg(pieces, chart) escapes text and refuses an SVG without a viewBox", () => {
    const { svg } = standaloneSvg({ ...PIECES, title: "A < B & C" }, CHART);
    expect(svg).toContain("<title>A &lt; B &amp; C</title>");
    expect(() => standaloneSvg(PIECES, "<svg><rect></rect></svg>")).toThrow(/viewBox/);
  });
});

/** A metric chart as the registry makes one: two stages' worth of words, a flagged bar and a consolidated body. */
const VIEW: Parameters<typeof exportPieces>[0] = {
  id: "metric-personnel-share-of-basic-2024-final",
  title: "人员经费占基本支出比重 · 2024 决算",
  formula: "人员经费 ÷ 基本支出",
  notes: ["预算数与决算数不可混为一谈：图中用不同样式区分。"],
  bars: [
    { key: "d1", label: "鞍山市医疗保障局", value: 0.9465, valueLabel: "94.65% ⚑", style: "final", findings: "F1" },
  ],
  unitLabel: "%",
  reports: ["鞍山市医疗保障局2024年度部门决算", "沈丘县医疗保障局2024年度部门决算"],
  page: "metrics/personnel/",
  fullView: "metrics/personnel/?metric=personnel_share_of_basic&slice=2024%7Cfinal#metric-x",
};

describe("exportPieces", () => {
  it("exportPieces(view, 'zh', site) names unit and stage, every encoding, the reports and the chart's own URL", () => {
    const p = exportPieces(VIEW, "zh", "https://yibao-budgets.test");
    expect(p.lang).toBe("zh-CN");
    expect(p.subtitle).toBe("单位：% · 决算");
    expect(p.legend).toEqual([
      { swatch: "final", label: "决算数（橙色虚线框）" },
      { swatch: "flag", label: "有记录的发现" },
    ]);
    expect(p.notes).toEqual(["口径与来源: 人员经费 ÷ 基本支出", "预算数与决算数不可混为一谈：图中用不同样式区分。"]);
    expect(p.source).toBe(
      "来源：鞍山市医疗保障局2024年度部门决算；沈丘县医疗保障局2024年度部门决算。整理：医保预决算对比 https://yibao-budgets.test/",
    );
    expect(p.credit).toBe(
      "yibao-budgets · https://yibao-budgets.test/metrics/personnel/?metric=personnel_share_of_basic&slice=2024%7Cfinal#metric-x",
    );
  });

  it("exportPieces(view, 'en', site) is in English, the credit under /en/, a consolidated report's bodies keyed", () => {
    const view = {
      ...VIEW,
      unitLabel: "10,000 yuan",
      bars: [{ key: "L1", label: "x", value: 1, valueLabel: "1.00", style: "final" as const, group: 1 }],
      groups: ["Qianshan District Healthcare Security Administration", "Qianshan District Service Centre"],
    };
    const p = exportPieces(view, "en", "https://yibao-budgets.test");
    expect(p.lang).toBe("en");
    expect(p.subtitle).toBe("Unit: 10,000 yuan · Final account");
    expect(p.legend).toEqual([
      { swatch: "final-outline", label: "final account (dashed outline)" },
      { swatch: "group-0", label: "Qianshan District Healthcare Security Administration" },
      { swatch: "group-1", label: "Qianshan District Service Centre" },
    ]);
    expect(p.credit).toMatch(/^yibao-budgets · https:\/\/yibao-budgets\.test\/en\/metrics\/personnel\/\?/);
    expect(p.source).toMatch(/^Source: .*Compiled by Yibao budgets, https:\/\/yibao-budgets\.test\/$/);
    // No Chinese UI word on the English picture (the reports' printed titles are data, shown as printed).
    expect(`${p.subtitle}${p.legend.map((k) => k.label).join("")}${p.credit}`).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
