import { createHash } from "node:crypto";
import type { DocumentRow } from "./model.ts";

/**
 * The plain-text reports beside the data (documents.csv `source_file`): their recorded SHA-256, the printed title
 * and date at their recorded lines. Pure: callers read the files.
 */

export const sha256 = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/** The lines of a text, 1-based as `awk` counts them (no empty last line after a final newline). */
export function textLines(text: string): string[] {
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  return lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** A heading line as the PDF conversion left it: trimmed, without a Markdown `#` prefix. */
const bare = (line: string) => line.trim().replace(/^#+\s*/, "");

/** The title printed on `title_line`…`title_line_end`, lines joined by one space. */
export function printedTitle(
  lines: readonly string[],
  doc: Pick<DocumentRow, "title_line" | "title_line_end">,
): string {
  const end = doc.title_line_end ?? doc.title_line;
  return lines
    .slice(doc.title_line - 1, end)
    .map(bare)
    .filter((l) => l !== "")
    .join(" ");
}

/** Chinese numerals of a printed date (二〇二四年三月) as digits. */
const DIGITS: Record<string, string> = {
  〇: "0",
  零: "0",
  一: "1",
  二: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.includes("十")) {
    const [tens, ones] = s.split("十");
    return (tens ? Number(DIGITS[tens] ?? NaN) : 1) * 10 + (ones ? Number(DIGITS[ones] ?? NaN) : 0);
  }
  return Number([...s].map((c) => DIGITS[c] ?? "x").join(""));
}

/** The date a line prints (`2024年3月`, `二〇二四年三月`, `2024年3月5日`) as YYYY-MM[-DD]; null when none. */
export function printedDate(line: string): string | null {
  const m =
    /([0-9〇零一二三四五六七八九]{4})\s*年\s*([0-9一二三四五六七八九十]{1,3})\s*月(?:\s*([0-9一二三四五六七八九十]{1,3})\s*日)?/.exec(
      line,
    );
  if (!m) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const [y, mo, d] = [chineseNumber(m[1] ?? ""), chineseNumber(m[2] ?? ""), m[3] ? chineseNumber(m[3]) : null];
  if (![y, mo].every(Number.isFinite) || (d !== null && !Number.isFinite(d))) return null;
  return `${y}-${pad(mo)}${d === null ? "" : `-${pad(d)}`}`;
}

/** One line saying a text is not the one documents.csv recorded, naming the file and both hashes. */
export function hashMismatch(file: string, recorded: string, actual: string): string | null {
  return recorded === actual ? null : `${file}: SHA-256 ${actual} does not match ${recorded} recorded in documents.csv`;
}
