/** Figures and plain-text tables for the benchmark's printout. */

export const KB = 1024;
export const MB = 1024 * KB;

export function fmtBytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return "n/a";
  if (n < KB) return `${n} B`;
  if (n < MB) return `${(n / KB).toFixed(1)} KB`;
  if (n < 1024 * MB) return `${(n / MB).toFixed(1)} MB`;
  return `${(n / 1024 / MB).toFixed(2)} GB`;
}

export function fmtMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "n/a";
  if (ms < 1000) return `${ms.toFixed(0)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export const fmtInt = (n: number) => n.toLocaleString("en-US");

/** Plain-text table: first column (and `leftFrom` onwards) left-aligned, the others right-aligned. */
export function table(rows: string[][], leftFrom = Infinity): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r, ri) => {
      const line = r
        .map((c, i) => (i === 0 || i >= leftFrom ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join("  ")
        .trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => "-".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}
