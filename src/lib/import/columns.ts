/** Header cells by column position, and the helpers every table kind uses to place its columns. */
import { compact, type TextLine } from "./text.ts";

/** `stack[c]`: the compacted header cells printed at column c, top row first (blank cells left out). */
export function headerStack(header: TextLine[], width: number): string[][] {
  const stack: string[][] = Array.from({ length: width }, () => []);
  // The 栏次 row numbers the columns (1, 2, 3…): not a heading.
  for (const h of header.filter((r) => !r.cells.some((c) => compact(c) === "栏次")))
    h.cells.forEach((cell, c) => {
      const t = compact(cell);
      if (t && c < width) stack[c]?.push(t);
    });
  return stack;
}

export function widthOf(lines: TextLine[]): number {
  return Math.max(0, ...lines.map((l) => l.cells.length));
}

/** The first column whose header says `re` (-1: none). */
export function columnOf(stack: string[][], re: RegExp): number {
  return stack.findIndex((cells) => cells.some((t) => re.test(t)));
}

/** A fact row as strings keyed by column name (blank = ""). */
export type Row = Record<string, string>;
