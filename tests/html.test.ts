/** esc(): every value written into markup as a string (charts, check rows, province tables) goes through it. */
import { describe, expect, it } from "vitest";
import { esc } from "../src/lib/render/html.ts";
import { svgMarkup, layouts, tableMarkup } from "../src/lib/render/svg.ts";
import type { ChartView } from "../src/lib/charts/registry.ts";

describe("esc", () => {
  it("escapes the five characters that can end a text or an attribute", () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
    expect(esc(58149.15)).toBe("58149.15");
  });
});

describe("chart markup written as strings", () => {
  const hostile = '"><img src=x onerror=alert(1)><script>alert(2)</script>';
  const chart: ChartView = {
    id: "unit-x-functional",
    title: `标题 ${hostile}`,
    formula: "f",
    description: `说明 ${hostile}`,
    bars: [
      { key: "a", label: `单位 ${hostile}`, value: 12.5, valueLabel: "12.50", style: "budget" },
      { key: "b", label: "空", value: null, valueLabel: "", missing: `空白 ${hostile}`, style: "final" },
    ],
    notes: [],
    sort: "desc",
    tickFormat: String,
    page: "reports/x/",
    sourceOf: () => `来源 ${hostile}`,
    unit: "万元",
  };
  const { wide, narrow } = layouts(chart);
  const markup = svgMarkup(chart, wide) + svgMarkup(chart, narrow) + tableMarkup(chart, ["a", "b", `c ${hostile}`]);

  it("never lets data open a tag or an attribute", () => {
    expect(markup).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    expect(markup).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("draws one bar per figure and prints the missing text where there is none", () => {
    expect(markup.match(/<rect /g)).toHaveLength(2); // one bar in each layout: the blank figure has no bar
    expect(markup).toContain("空白 &quot;&gt;&lt;img");
  });
});
