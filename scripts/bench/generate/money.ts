/** Money in integer cents of 万元, so every identity the validator checks holds exactly. */

/** Cents → "1234.56" (never via floating point). */
export function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A body cell: zero is printed blank, as in the published tables. */
export const cell = (cents: number): string | null => (cents === 0 ? null : money(cents));

/** Split `total` cents into parts proportional to `weights`; the parts sum exactly to `total`. */
export function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}

/** Round cents to whole 万元 (project appropriations usually are). */
export const wholeWan = (cents: number) => Math.round(cents / 100) * 100;

/** Sum of the values whose code starts with `prefix`. */
export function sumPrefix(map: ReadonlyMap<string, number>, prefix: string): number {
  let s = 0;
  for (const [k, v] of map) if (k.startsWith(prefix)) s += v;
  return s;
}
