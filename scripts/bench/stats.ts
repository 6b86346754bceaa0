const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Least-squares slope of log(y) on log(x): the k of y ~ x^k. Points with x or y ≤ 0 are left out; null with
 * fewer than two points or a single x.
 */
export function logLogSlope(points: [number, number][]): number | null {
  const pts = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  if (pts.length < 2) return null;
  const mx = sum(pts.map((p) => p[0])) / pts.length;
  const my = sum(pts.map((p) => p[1])) / pts.length;
  const sxx = sum(pts.map((p) => (p[0] - mx) ** 2));
  if (sxx === 0) return null;
  return sum(pts.map((p) => (p[0] - mx) * (p[1] - my))) / sxx;
}

/** The p-th percentile (nearest rank) of values sorted ascending; 0 when there are none. */
export const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
