import type { MetricState } from "../model/metrics/values.ts";
import { max, min } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";

export interface BarInput {
  key: string;
  label: string;
  value: number | null;
  /** What to print instead of a bar when there is no figure ("blank in the report", "not disclosed"). */
  missing?: string;
  valueLabel: string;
  /** Budget and final-account bars are drawn differently so they are never mistaken for one another. */
  style: "budget" | "final";
  /** The figure's state (metrics.csv `status`); absent: `value`, or `blank` when value is null. */
  state?: MetricState;
  /** Findings the figure rests on (metrics.csv `finding_ids`); the value label then carries ⚑. */
  findings?: string;
  /** In a consolidated report's chart: which of the chart's `groups` (bodies) the bar belongs to. */
  group?: number;
  /** The body's unit id, for the chart's CSV. */
  groupId?: string;
}

export interface BarModel {
  width: number;
  height: number;
  marginLeft: number;
  bars: (BarInput & { x: number; y: number; w: number; h: number; textX: number })[];
  ticks: { x: number; label: string }[];
  zeroX: number;
  plotTop: number;
  plotBottom: number;
}

/**
 * Horizontal ranked bars, computed at build time: scales, bar geometry, tick positions, label positions.
 * No DOM: the .astro renderer only writes what this returns.
 */
export interface BarOptions {
  width?: number;
  barHeight?: number;
  labelWidth?: number;
  sort?: "desc" | "none";
  tickFormat?: (v: number) => string;
}

export function barModel(
  rows: BarInput[],
  { width = 640, barHeight = 26, labelWidth = 180, sort = "desc", tickFormat = String }: BarOptions = {},
): BarModel {
  const data = sort === "desc" ? [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)) : rows;
  const marginLeft = Math.min(labelWidth, Math.round(width * 0.38));
  const marginRight = 90;
  const top = 24;
  const height = top + data.length * barHeight + 8;
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const lo = Math.min(0, min(values) ?? 0);
  const hi = Math.max(0, max(values) ?? 0) || 1;
  const x = scaleLinear()
    .domain([lo, hi])
    .nice(4)
    .range([marginLeft, width - marginRight]);
  const y = scaleBand()
    .domain(data.map((d) => d.key))
    .range([top, height - 8])
    .padding(0.2);
  const zeroX = x(0);
  return {
    width,
    height,
    marginLeft,
    zeroX,
    plotTop: top,
    plotBottom: height - 8,
    ticks: x.ticks(4).map((v) => ({ x: x(v), label: tickFormat(v) })),
    bars: data.map((d) => {
      const v = d.value ?? 0;
      const x0 = Math.min(x(v), zeroX);
      const w = Math.abs(x(v) - zeroX);
      return { ...d, x: x0, y: y(d.key) ?? 0, w, h: y.bandwidth(), textX: Math.max(x(v), zeroX) + 4 };
    }),
  };
}
