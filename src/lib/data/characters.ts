/**
 * Characters refused anywhere in a CSV line: invisible ones that change how text displays or compares (bidi
 * controls, zero-width characters, a byte-order mark past the start of the file), NUL and other control characters,
 * and U+FFFD, the trace of a character lost in an earlier conversion. None occurs in the curated files.
 */

/** One refused character: 0-based index in the line, the rule it breaks and why. */
export interface SuspectCharacter {
  index: number;
  rule: "nul-byte" | "control-character" | "bidi-control" | "zero-width" | "replacement-character";
  message: string;
}

// Tab and CR are left to the cell checks (control-character, line-endings), LF ends the line.
const SUSPECT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFD]/g;

const ANY_SUSPECT = new RegExp(SUSPECT.source);

const NAMES: Record<number, string> = {
  0x061c: "ARABIC LETTER MARK",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE (byte-order mark)",
};

/** The refused characters of one line (a leading BOM of the file is stripped before: it is harmless). */
export function suspectCharacters(line: string, { replacement = true } = {}): SuspectCharacter[] {
  // Fast path: one scan of the line, no allocation when it is clean (every line of a valid file).
  if (!ANY_SUSPECT.test(line)) return [];
  const found: SuspectCharacter[] = [];
  for (const m of line.matchAll(SUSPECT)) {
    const code = m[0].charCodeAt(0);
    const u = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    const named = `${u} ${NAMES[code] ?? ""}`.trim();
    if (code === 0) found.push({ index: m.index, rule: "nul-byte", message: "text contains a NUL byte (U+0000)" });
    else if (code < 0x20 || code === 0x7f)
      found.push({ index: m.index, rule: "control-character", message: `text contains the control character ${u}` });
    else if (code === 0xfffd) {
      if (replacement)
        found.push({
          index: m.index,
          rule: "replacement-character",
          message: "text contains U+FFFD, a character lost in an earlier conversion: copy it again from the source",
        });
    } else if (code >= 0x200b && code <= 0x200d) found.push(zeroWidth(m.index, named));
    else if (code === 0x2060 || code === 0xfeff) found.push(zeroWidth(m.index, named));
    else
      found.push({
        index: m.index,
        rule: "bidi-control",
        message: `text contains ${named}, an invisible character that reorders how text displays`,
      });
  }
  return found;
}

function zeroWidth(index: number, named: string): SuspectCharacter {
  return { index, rule: "zero-width", message: `text contains ${named}, an invisible character` };
}

/** Text with the refused characters removed: for naming a field whose header holds one. */
export function withoutSuspects(text: string): string {
  return text.replace(SUSPECT, "");
}

/** Whether a text holds any refused character: one native scan of a whole file, so clean files skip the line scans. */
export function hasSuspectCharacter(text: string): boolean {
  return ANY_SUSPECT.test(text);
}
