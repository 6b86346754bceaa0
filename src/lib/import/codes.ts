/** Reading printed classification codes: split 类|款|项 columns, leading zeros, truncated codes. */

export interface ReadCode {
  /** As printed, cells joined by "|" (blank: none printed). */
  printed: string;
  /** The code as read (3/5/7 digits functional, 3/5 economic), or "" when it cannot be read. */
  code: string;
  /** Why the reading differs from the printed digits (leading zero dropped, not a valid length…). */
  repair: string | null;
}

export function readCode(cells: string[], lengths: number[]): ReadCode {
  const parts = cells.map((c) => c.replace(/\s+/g, "")).filter((c) => c !== "");
  const printed = parts.join("|");
  if (!parts.length) return { printed, code: "", repair: null };
  let digits = parts.join("");
  if (!/^\d+$/.test(digits)) return { printed, code: "", repair: `code ${printed} is not all digits` };
  let repair: string | null = null;
  if (!lengths.includes(digits.length) && digits.startsWith("0") && lengths.includes(digits.length - 1)) {
    digits = digits.slice(1);
    repair = `leading zero of ${printed} dropped`;
  }
  if (!lengths.includes(digits.length))
    return { printed, code: "", repair: `code ${printed} has ${digits.length} digits (expected ${lengths.join("/")})` };
  return { printed, code: digits, repair };
}
