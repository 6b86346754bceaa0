import { barModel, type BarModel } from "./bars.ts";
import type { ChartView } from "./registry.ts";
import { textWidth, wrap } from "./text.ts";

type Bar = BarModel["bars"][number];

/** One way of drawing a chart: its bar model, each bar's label lines, and where labels and bars go. */
export interface ChartLayout {
  name: "wide" | "narrow";
  model: BarModel;
  /** Each bar's label as wrapped lines, by bar key. */
  lines: Map<string, string[]>;
  /** Label anchor and first baseline (lines are 14 apart), for a label of `n` lines. */
  label: (b: Bar, n: number) => { x: number; y: number; anchor: "start" | "end"; shift: string };
  /** Bar top and height within its band. */
  bar: (b: Bar) => { y: number; h: number };
}

export interface ChartLayouts {
  wide: ChartLayout;
  narrow: ChartLayout;
}

/** Line spacing of wrapped labels, px. */
const LINE = 14;
/** Width of the wide layout's viewBox, px (it scales to its container). */
const WIDTH = 640;

/** Wide (the default, and what the SVG/PNG downloads take) and narrow (small screens) layouts of a chart. */
export function layouts(chart: Pick<ChartView, "bars" | "sort" | "tickFormat">): ChartLayouts {
  const common = { sort: chart.sort, tickFormat: chart.tickFormat };
  // Wide: labels left of the bars, wrapped to at most 3 lines.
  const oneLine = Math.max(0, ...chart.bars.map((b) => textWidth(b.label)));
  const labelWidth = oneLine + 12 <= 180 ? 180 : Math.round(WIDTH * 0.38);
  const wideLines = new Map(chart.bars.map((b) => [b.key, wrap(b.label, labelWidth - 12, 3)]));
  const wideMax = Math.max(1, ...[...wideLines.values()].map((l) => l.length));
  const wideModel = barModel(chart.bars, {
    ...common,
    width: WIDTH,
    labelWidth,
    barHeight: wideMax === 1 ? 26 : LINE * wideMax + LINE,
  });
  const wide: ChartLayout = {
    name: "wide",
    model: wideModel,
    lines: wideLines,
    label: (b, count) => ({
      x: wideModel.marginLeft - 6,
      y: b.y + b.h / 2 - ((count - 1) * LINE) / 2,
      anchor: "end",
      shift: "0.35em",
    }),
    bar: (b) => ({ y: b.y, h: b.h }),
  };
  // Narrow (where the wide chart's text would shrink below legibility): labels above the bars.
  const narrowWidth = 300;
  const narrowLines = new Map(chart.bars.map((b) => [b.key, wrap(b.label, narrowWidth - 6, 2)]));
  const narrowMax = Math.max(1, ...[...narrowLines.values()].map((l) => l.length));
  const block = LINE * narrowMax + 3;
  const count = Math.max(chart.bars.length, 1);
  const narrow: ChartLayout = {
    name: "narrow",
    model: barModel(chart.bars, {
      ...common,
      width: narrowWidth,
      labelWidth: 16,
      barHeight: Math.ceil((((block + 16) / 0.8) * (count + 0.2)) / count),
    }),
    lines: narrowLines,
    label: (b) => ({ x: 2, y: b.y + 11, anchor: "start", shift: "0" }),
    bar: (b) => ({ y: b.y + block, h: Math.max(8, b.h - block) }),
  };
  return { wide, narrow };
}
