import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { textWidth, wrap } from "./text.ts";

/** One row of a budget-vs-final chart: the two figures of the same item, each a value or a missing state. */
export interface PairInput {
  key: string;
  label: string;
  budget: number | null;
  final: number | null;
  /** Each figure as the chart prints it: a formatted value, or its state ("blank in the report", "illegible"). */
  budgetText: string;
  finalText: string;
  /** Execution rate (final ÷ budget, or the rate the table prints): only where both figures are printed. */
  rateText?: string;
  /** The row's line of figures as printed beside its marks ("预算 1.06 · 决算 1.06 · 执行率 100.00%"). */
  valueText: string;
  /** Findings the row rests on (their ids): its value line then carries ⚑. */
  findings?: string;
}

/** A block of rows on one scale of its own (三公 amounts and performance amounts differ a hundredfold). */
export interface PairPanel {
  key: string;
  /** The panel's heading, with its unit ("公开09表 三公经费（万元）"). */
  title: string;
  rows: PairInput[];
}

export interface PairRow extends PairInput {
  lines: string[];
  valueLines: string[];
  /** The label's first baseline, the marks' centre line, and the value text's place and first baseline. */
  labelY: number;
  markY: number;
  valueX: number;
  valueY: number;
  budgetX: number | null;
  finalX: number | null;
}

export interface PanelModel {
  key: string;
  title: string;
  /** The heading wrapped to the chart's width (it is set bold: measured 10 % wider). */
  titleLines: string[];
  titleY: number;
  rows: PairRow[];
  ticks: { x: number; label: string }[];
  tickY: number;
  zeroX: number;
  plotTop: number;
  plotBottom: number;
}

export interface PairModel {
  width: number;
  unitLabel: string;
  height: number;
  panels: PanelModel[];
}

export interface PairOptions {
  width?: number;
  tickFormat?: (v: number) => string;
  /** Lines a label may wrap to before it is cut with "…". */
  labelLines?: number;
  /** The axes' unit ("万元", "10,000 yuan"), written at the right of each panel's heading. */
  unitLabel?: string;
}

/** Line spacing of the chart's text, px. */
export const PAIR_LINE = 14;
const MARGIN_LEFT = 8;
const MARGIN_RIGHT = 14;

/**
 * A dumbbell chart of budget against final figures in panels, each on its own scale from 0 with its own tick row;
 * one row per item in the order given: a label (wrapped to the chart's width), the two marks, and the printed
 * figures beside the marks where they fit (else below). One layout of 360 px serves every width (it scales; the
 * text stays ≥ 11 px at 375 px). A missing figure gets no mark (never a mark at 0): its state is in the figures.
 * Pure: no DOM.
 */
export function pairedModel(
  panels: readonly PairPanel[],
  { width = 360, tickFormat = String, labelLines = 2, unitLabel = "" }: PairOptions = {},
): PairModel {
  let y = 0;
  const out: PanelModel[] = panels.map((p) => {
    const values = p.rows.flatMap((r) => [r.budget, r.final]).filter((v): v is number => v !== null);
    const hi = Math.max(0, max(values) ?? 0) || 1;
    const x = scaleLinear()
      .domain([0, hi])
      .nice(4)
      .range([MARGIN_LEFT, width - MARGIN_RIGHT]);
    const titleLines = wrap(p.title, (width - 12 - textWidth(unitLabel)) / 1.1, 2);
    const titleY = y + 14;
    const tickY = titleY + (titleLines.length - 1) * PAIR_LINE + 18;
    const plotTop = tickY + 4;
    y = plotTop + 2;
    const rows = p.rows.map((r) => {
      const lines = wrap(r.label, width - MARGIN_LEFT - 2, labelLines);
      const labelY = y + 12;
      const markY = labelY + (lines.length - 1) * PAIR_LINE + 12;
      const budgetX = r.budget !== null ? x(r.budget) : null;
      const finalX = r.final !== null ? x(r.final) : null;
      const text = r.findings ? `${r.valueText} ⚑` : r.valueText;
      // Beside the marks when the figures fit there (small figures: most rows), else on lines of their own below.
      const besideX = Math.max(MARGIN_LEFT, budgetX ?? 0, finalX ?? 0) + 10;
      const beside = besideX + textWidth(text) * (11 / 12) <= width - 2;
      const valueLines = beside ? [text] : wrap(text, width - MARGIN_LEFT - 2, 2);
      const valueY = beside ? markY + 4 : markY + 19;
      const row: PairRow = {
        ...r,
        lines,
        valueLines,
        labelY,
        markY,
        valueX: beside ? besideX : 2,
        valueY,
        budgetX,
        finalX,
      };
      y = (beside ? markY : valueY + (valueLines.length - 1) * PAIR_LINE) + 10;
      return row;
    });
    const plotBottom = y;
    y += 8;
    return {
      key: p.key,
      title: p.title,
      titleLines,
      titleY,
      rows,
      ticks: x.ticks(4).map((v) => ({ x: x(v), label: tickFormat(v) })),
      tickY,
      zeroX: x(0),
      plotTop,
      plotBottom,
    };
  });
  return { width, height: Math.max(y, 1), unitLabel, panels: out };
}
