import { max, min } from "d3-array";
import { scaleLinear, scalePoint } from "d3-scale";

/** One figure of a series: its year, value (null: no figure that year) and whether a report's text gave it. */
export interface SeriesPointInput {
  year: number;
  value: number | null;
  /** A prior-year figure worked out from a later report's text (basis `narrative`), not printed in a table. */
  narrative: boolean;
  /** The value as the page prints it ("4,034.46", "80.27%"). */
  label: string;
}

export interface SeriesInput {
  /** Budget and final-account lines are drawn differently (colour and dash), as in every chart of the site. */
  stage: "budget" | "final";
  points: SeriesPointInput[];
}

export interface SeriesModel {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  /** Where 0 is (the baseline). */
  zeroY: number;
  /** One label per year on the x axis. */
  years: { year: number; x: number }[];
  ticks: { y: number; label: string }[];
  lines: {
    stage: "budget" | "final";
    /** SVG path data, broken where a year has no figure (a gap, never a drop to 0). */
    path: string;
    points: (SeriesPointInput & { x: number; y: number })[];
    /** The last figure's value label, at the end of the line. */
    end: { x: number; y: number; label: string } | null;
  }[];
}

export interface SeriesOptions {
  width?: number;
  height?: number;
  tickFormat?: (v: number) => string;
  /** A y domain shared by several charts (small multiples); default: from 0 to the highest figure. */
  domain?: readonly [number, number];
  /** Plot margins (default: room for tick labels left and an end label right). */
  margin?: { left: number; right: number; top: number; bottom: number };
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * A time series of one metric for one body: x = fiscal years (every year between the first and the last, so a
 * missing year shows as a gap), y from 0 (or the lowest negative figure) to the highest, one line per stage. Pure.
 */
export function seriesModel(
  series: readonly SeriesInput[],
  {
    width = 360,
    height = 190,
    tickFormat = String,
    domain,
    margin = { left: 46, right: 64, top: 22, bottom: 26 },
  }: SeriesOptions = {},
): SeriesModel {
  const all = series.flatMap((s) => s.points);
  const known = all.map((p) => p.year);
  const first = min(known) ?? 0;
  const last = max(known) ?? 0;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  // Tick labels left of the plot, the last figure's value label right of it.
  const plotLeft = margin.left;
  const plotRight = width - margin.right;
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom;
  const x = scalePoint<number>()
    .domain(years)
    .range([plotLeft + 16, plotRight - 8])
    .padding(0);
  const values = all.map((p) => p.value).filter((v): v is number => v !== null);
  const y = scaleLinear()
    .domain(domain ? [domain[0], domain[1]] : [Math.min(0, min(values) ?? 0), Math.max(0, max(values) ?? 0) || 1])
    .range([plotBottom, plotTop])
    .nice(4);
  const ticks = y.ticks(4).map((v) => ({ y: r2(y(v)), label: tickFormat(v) }));
  const lines = series.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p]));
    const points = years.flatMap((year) => {
      const p = byYear.get(year);
      return p && p.value !== null ? [{ ...p, x: r2(x(year) ?? 0), y: r2(y(p.value)) }] : [];
    });
    let path = "";
    let previous: number | null = null;
    for (const p of points) {
      // A year without a figure between two points breaks the line.
      path += `${previous !== null && p.year === previous + 1 ? "L" : "M"}${p.x},${p.y}`;
      previous = p.year;
    }
    const lastPoint = points.at(-1);
    return {
      stage: s.stage,
      path,
      points,
      end: lastPoint ? { x: r2(lastPoint.x + 6), y: lastPoint.y, label: lastPoint.label } : null,
    };
  });
  // Two end labels at about the same height: the lower one moves down so they do not overlap.
  const ends = lines.map((l) => l.end).filter((e): e is NonNullable<typeof e> => e !== null);
  if (ends.length === 2 && ends[0] && ends[1] && Math.abs(ends[0].y - ends[1].y) < 12) {
    const [hi, lo] = ends[0].y <= ends[1].y ? [ends[0], ends[1]] : [ends[1], ends[0]];
    lo.y = r2(hi.y + 12);
  }
  return {
    width,
    height,
    plotTop,
    plotBottom,
    plotLeft,
    plotRight,
    zeroY: r2(y(0)),
    years: years.map((year) => ({ year, x: r2(x(year) ?? 0) })),
    ticks,
    lines,
  };
}
