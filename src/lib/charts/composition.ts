/**
 * Composition: what a total is made of, one 100 % bar per report (personnel / public / project spending; money
 * passed on / own operations). Each bar is drawn against its report's printed total: parts that do not add up to it
 * leave a grey "not itemised" segment (parts short of the total) or are drawn against their own sum with the
 * excess stated (parts over it). Pure: the SVG writer is lib/render/composition-svg.ts.
 */

/** One part of a total, as its report gives it. */
export interface CompositionPartInput {
  /** The part's key (its metric id): colour and legend entry. */
  key: string;
  /** null: not disclosed in this report (the bar then shows the rest of the total as not itemised). */
  value: number | null;
}

/** One bar: one report's total and its parts, in legend order. */
export interface CompositionBarInput {
  key: string;
  /** The row's label ("2024 预算"). */
  label: string;
  total: number | null;
  parts: CompositionPartInput[];
}

export interface CompositionSegment {
  /** A part's key, or "rest": the printed total less the parts (not itemised). */
  key: string;
  x: number;
  width: number;
  /** Share of the bar's base (the total, or the parts' sum where they exceed it), 0–1. */
  share: number;
  /** The share as printed in the segment ("62.1%"); empty where the segment is too narrow to hold it. */
  label: string;
}

export interface CompositionRow {
  key: string;
  label: string;
  /** Baseline of the row's label. */
  labelY: number;
  /** Top of the bar. */
  barY: number;
  segments: CompositionSegment[];
  /** The parts' sum less the printed total, where the parts exceed it (the bar is drawn against their sum). */
  excess: number | null;
  /** No bar: no total, or a part below zero (a share of a negative figure means nothing). */
  empty: boolean;
}

export interface CompositionModel {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  barHeight: number;
  /** Gridlines at 0, 25, 50, 75 and 100 % (labelled without the sign: the axis names its unit, %, once). */
  ticks: { x: number; label: string }[];
  tickY: number;
  rows: CompositionRow[];
}

export interface CompositionOptions {
  width?: number;
  /** Narrowest segment that prints its share inside (px of the viewBox). */
  minLabelWidth?: number;
}

const r2 = (v: number) => Math.round(v * 100) / 100;
/** A difference below half a cent of 万元 is the rounding of printed figures, not a missing part. */
const EPS = 0.005;
const BAR = 18;
const LABEL = 16;
const GAP = 12;
const TOP = 20;

export const shareText = (share: number) => `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

export function compositionModel(
  bars: readonly CompositionBarInput[],
  { width = 360, minLabelWidth = 34 }: CompositionOptions = {},
): CompositionModel {
  const plotLeft = 2;
  const plotRight = width - 12;
  const span = plotRight - plotLeft;
  const rows = bars.map((b, i): CompositionRow => {
    const labelY = TOP + i * (LABEL + BAR + GAP) + 12;
    const barY = labelY + 5;
    const known = b.parts.filter((p): p is { key: string; value: number } => p.value !== null);
    const sum = known.reduce((s, p) => s + p.value, 0);
    const empty = b.total === null || b.total <= 0 || known.some((p) => p.value < 0);
    if (empty) return { key: b.key, label: b.label, labelY, barY, segments: [], excess: null, empty };
    const total = b.total as number;
    const rest = total - sum;
    const base = rest < -EPS ? sum : total;
    const pieces = [...known, ...(rest > EPS ? [{ key: "rest", value: rest }] : [])];
    let at = 0;
    const segments = pieces.map((p) => {
      const share = base > 0 ? p.value / base : 0;
      const x = r2(plotLeft + at * span);
      at += share;
      const w = r2(plotLeft + at * span - x);
      return { key: p.key, x, width: w, share, label: w >= minLabelWidth ? shareText(share) : "" };
    });
    return { key: b.key, label: b.label, labelY, barY, segments, excess: rest < -EPS ? r2(-rest) : null, empty };
  });
  const height = TOP + bars.length * (LABEL + BAR + GAP) + 2;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((v) => ({ x: r2(plotLeft + v * span), label: String(v * 100) }));
  return { width, height, plotLeft, plotRight, barHeight: BAR, ticks, tickY: 11, rows };
}
