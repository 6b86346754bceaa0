/** Corruptions a strict reader must catch: bytes, characters and numbers that no transcription contains. */
import {
  cell,
  columnIndex,
  columnOf,
  file,
  singleRows,
  withCell,
  withField,
  withLine,
  type Corpus,
  type CsvFile,
  type Row,
} from "./corpus.ts";
import { byteLocation, encodeGbk, firstInvalidUtf8 } from "./gbk.ts";
import { harmless, refuse, type MutationKind } from "./kind.ts";
import { FACT_FILES, pickAmount } from "./kinds-amounts.ts";
import type { Rng } from "./prng.ts";
import { brokenIdentity } from "./where.ts";

/** Text columns that hold printed names. */
const NAME_COLUMNS: Record<string, string> = {
  "functional.csv": "name",
  "economic.csv": "name",
  "summary.csv": "name",
  "projects.csv": "name",
  "units.csv": "name_zh",
  "tables.csv": "title",
  "documents.csv": "title_zh",
};

function pickName(c: Corpus, random: Rng): { f: CsvFile; row: Row; field: string; value: string } | null {
  const name = random.pick(Object.keys(NAME_COLUMNS));
  const f = file(c, name);
  const field = NAME_COLUMNS[name] as string;
  const row = random.pick(singleRows(f));
  const value = cell(f, row, field);
  return value && !/[",]/.test(value) ? { f, row, field, value } : null;
}

/**
 * Text changed by `edit`, written into the raw line as is (`rawEdit`: the cell is not re-quoted, so a quote stays
 * stray). The error belongs where the changed character is: the cell's first column plus `offset` (the character is
 * put first where it can be, so that the cell's column and the character's agree).
 */
function textKind(
  name: string,
  count: number,
  rule: string,
  edit: (value: string) => string,
  { rawEdit = false, offset = 0 } = {},
): MutationKind {
  return {
    name,
    count,
    make: (c, random) => {
      const p = pickName(c, random);
      if (!p) return null;
      const changed = edit(p.value);
      const text = rawEdit
        ? withLine(p.f, p.row.line, withField(p.row.raw, p.f.header.length, columnIndex(p.f, p.field), changed))
        : withCell(p.f, p.row, p.field, changed);
      return {
        kind: name,
        what: `${p.f.name}:${p.row.line} ${p.field} ${JSON.stringify(p.value.slice(0, 20))} → ${JSON.stringify(changed.slice(0, 24))}`,
        files: { [p.f.name]: text },
        expect: refuse(p.f.name, p.row.line, columnOf(p.f, p.row, p.field) + offset, rule),
      };
    },
  };
}

export const textKinds: MutationKind[] = [
  // The quote after the first character: reported at the quote.
  textKind("stray-quote-inside-text", 8, "stray-quote", (v) => `${v.slice(0, 1)}"${v.slice(1)}`, {
    rawEdit: true,
    offset: 1,
  }),
  // A quoted cell holding a line break: reported at its opening quote.
  textKind("newline-in-text", 6, "multi-line-record", (v) => `${v.slice(0, 1)}\n${v.slice(1)}`),
  textKind("nul-byte", 8, "nul-byte", (v) => `\u0000${v}`),
  textKind("bidi-override", 8, "bidi-control", (v) => `\u202e${v}`),
  textKind("zero-width-space", 8, "zero-width", (v) => `\u200b${v}`),
  textKind("replacement-character", 6, "replacement-character", (v) => `\ufffd${v}`),
  textKind("over-long-text", 6, "text-length", (v) => v.repeat(Math.ceil(5000 / v.length)).slice(0, 5000)),
  textKind("formula-text", 6, "formula", (v) => `=HYPERLINK("x","${v}")`),
  textKind("trailing-space", 6, "whitespace", (v) => `${v} `),
];

/** A quote opening a field that is never closed: the rest of the file is swallowed into one record. */
export const openQuoteKind: MutationKind = {
  name: "stray-quote-opening-text",
  count: 6,
  make: (c, random) => {
    const p = pickName(c, random);
    if (!p) return null;
    return {
      kind: "stray-quote-opening-text",
      what: `${p.f.name}:${p.row.line} ${p.field} opens a quote`,
      files: {
        [p.f.name]: withLine(
          p.f,
          p.row.line,
          withField(p.row.raw, p.f.header.length, columnIndex(p.f, p.field), `"${p.value}`),
        ),
      },
      // Reported at the opening quote: as a quote that never closes, or one closed mid-field by a later quote.
      expect: {
        refuse: ["unterminated-quote", "stray-quote"].map((rule) => ({
          rule,
          at: [{ file: p.f.name, line: p.row.line, column: columnOf(p.f, p.row, p.field) }],
        })),
      },
    };
  },
};

/** Bytes that are not UTF-8: a lone 0xFF, or a whole file saved as GBK. Reported where the first bad byte is. */
export const invalidUtf8Kind: MutationKind = {
  name: "invalid-utf8-byte",
  count: 8,
  make: (c, random) => {
    const p = pickName(c, random);
    if (!p) return null;
    const marker = "\u0001MUTATION\u0001";
    const text = withCell(p.f, p.row, p.field, marker + p.value);
    const [before = "", after = ""] = text.split(marker);
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(after)]);
    return {
      kind: "invalid-utf8-byte",
      what: `${p.f.name}:${p.row.line} ${p.field} starts with byte 0xFF`,
      files: { [p.f.name]: bytes },
      expect: refuse(p.f.name, p.row.line, columnOf(p.f, p.row, p.field), "encoding"),
    };
  },
};

/** A whole file saved as GBK: reported where its bytes first stop being UTF-8 (GBK pairs may happen to be UTF-8). */
export const gbkFileKind: MutationKind = {
  name: "gbk-encoded-file",
  count: 6,
  make: (c, random) => {
    const f = file(c, random.pick([...FACT_FILES, "units.csv", "tables.csv", "documents.csv"]));
    const bytes = encodeGbk(f.text);
    const { line, column } = byteLocation(bytes, firstInvalidUtf8(bytes));
    return {
      kind: "gbk-encoded-file",
      what: `${f.name} saved as GBK`,
      files: { [f.name]: bytes },
      expect: refuse(f.name, line, column, "encoding"),
    };
  },
};

/** A figure replaced by `changed(value)`; the error belongs at its cell. */
function numberKind(
  name: string,
  count: number,
  rules: string[],
  changed: (value: string) => string | null,
  { breaksSums = false } = {},
): MutationKind {
  return {
    name,
    count,
    make: (c, random) => {
      const p = pickAmount(c, random.pick(FACT_FILES), random);
      const to = p && changed(p.value);
      if (!p || !to) return null;
      return {
        kind: name,
        what: `${p.f.name}:${p.row.line} ${p.field} ${p.value} → ${to.length > 24 ? `${to.slice(0, 12)}…(${to.length} chars)` : to}`,
        files: { [p.f.name]: withCell(p.f, p.row, p.field, to) },
        expect: {
          refuse: [
            ...rules.map((rule) => ({
              rule,
              at: [{ file: p.f.name, line: p.row.line, column: columnOf(p.f, p.row, p.field) }],
            })),
            ...(breaksSums ? brokenIdentity(c, p.f, p.row, p.field) : []),
          ],
        },
      };
    },
  };
}

export const numberKinds: MutationKind[] = [
  // Refused today as money-unit only because the 400 digits parse to Infinity; a strict reader refuses the digits.
  numberKind("number-400-digits", 6, ["precision", "magnitude", "money-unit"], () => "9".repeat(400)),
  numberKind("number-infinity", 6, ["type"], () => "Infinity"),
  numberKind("number-nan", 4, ["type"], () => "NaN"),
  numberKind("number-exponent", 4, ["type"], (v) => `${v}e3`),
  numberKind("number-three-decimals", 8, ["decimals"], (v) => (/\.\d\d$/.test(v) ? `${v}1` : null)),
  numberKind(
    "number-in-yuan",
    8,
    ["money-unit", "money-unit-plausible"],
    (v) => (Number(v) >= 1 ? (Number(v) * 10000).toFixed(2) : null),
    { breaksSums: true },
  ),
];

/** A fact row with a field too many (a stray comma) or too few (cut short). */
export const rowLengthKinds: MutationKind[] = (["extra-field", "truncated-row"] as const).map((name) => ({
  name,
  count: 6,
  make: (c, random) => {
    const f = file(c, random.pick([...FACT_FILES, "claims.csv", "tables.csv"]));
    const row = random.pick(singleRows(f));
    const width = f.header.length;
    const raw = name === "extra-field" ? `${row.raw},x` : withField(row.raw, width, width - 1, "").slice(0, -1);
    return {
      kind: name,
      what: `${f.name}:${row.line} ${name}`,
      files: { [f.name]: withLine(f, row.line, raw) },
      expect: refuse(f.name, row.line, fieldColumnOf(raw, name === "extra-field" ? width : width - 1), "row-length"),
    };
  },
}));

function fieldColumnOf(raw: string, index: number): number {
  let field = 0;
  let inQuotes = false;
  for (let i = 0; i < raw.length; i++) {
    if (field === index) return i + 1;
    if (raw[i] === '"') inQuotes = !inQuotes;
    else if (raw[i] === "," && !inQuotes) field++;
  }
  return raw.length + 1;
}

/** Schema rules on single cells: an enum value misspelt, a table id off pattern, a required id blank. */
export const schemaKinds: MutationKind[] = [
  ["enum-misspelt", "row_kind", "enum", (v: string) => `${v}x`],
  ["pattern-broken", "table_id", "pattern", (v: string) => v.replace("T", "T0")],
  ["required-blank", "document_id", "required", () => ""],
  ["subunit-unknown", "subunit_id", "foreign-key", () => "999999-bureau"],
].map(([name, field, rule, edit]) => ({
  name: name as string,
  count: 5,
  make: (c: Corpus, random: Rng) => {
    const f = file(c, random.pick(["functional.csv", "economic.csv"]));
    const row = random.pick(singleRows(f));
    const value = cell(f, row, field as string);
    const to = (edit as (v: string) => string)(value);
    return {
      kind: name as string,
      what: `${f.name}:${row.line} ${field as string} ${JSON.stringify(value)} → ${JSON.stringify(to)}`,
      files: { [f.name]: withCell(f, row, field as string, to) },
      expect: refuse(f.name, row.line, columnOf(f, row, field as string), rule as string),
    };
  },
}));

/** Whole-file changes that a reader must accept (BOM, a missing final newline) or refuse at line 1. */
export const fileKinds: MutationKind[] = [
  {
    name: "bom-added",
    count: 8,
    make: (c, random) => {
      const f = file(c, random.pick([...c.files.keys()]));
      return {
        kind: "bom-added",
        what: `${f.name} with a BOM`,
        files: { [f.name]: `\ufeff${f.text}` },
        expect: harmless("a BOM is what Excel writes; the reader strips it (STYLE.md)"),
      };
    },
  },
  {
    name: "final-newline-dropped",
    count: 5,
    make: (c, random) => {
      const f = file(c, random.pick([...c.files.keys()]));
      return {
        kind: "final-newline-dropped",
        what: `${f.name} without its final newline`,
        files: { [f.name]: f.text.replace(/\n$/, "") },
        expect: harmless("the last record ends at the end of the file just as well"),
      };
    },
  },
  {
    name: "utf16-file",
    count: 3,
    make: (c, random) => {
      const f = file(c, random.pick([...c.files.keys()]));
      return {
        kind: "utf16-file",
        what: `${f.name} saved as UTF-16LE with a BOM`,
        files: { [f.name]: Buffer.from(`\ufeff${f.text}`, "utf16le") },
        expect: refuse(f.name, 1, 1, "encoding"),
      };
    },
  },
  {
    name: "file-emptied",
    count: 3,
    make: (c, random) => {
      const f = file(c, random.pick([...c.files.keys()]));
      return {
        kind: "file-emptied",
        what: `${f.name} emptied`,
        files: { [f.name]: "" },
        expect: refuse(f.name, 1, 1, "empty-file"),
      };
    },
  },
  {
    name: "header-column-renamed",
    count: 5,
    make: (c, random) => {
      const f = file(c, random.pick([...c.files.keys()]));
      const index = random.int(f.header.length);
      const header = f.header.map((h, i) => (i === index ? `${h}_x` : h)).join(",");
      return {
        kind: "header-column-renamed",
        what: `${f.name} header column ${f.header[index] ?? ""} renamed`,
        files: { [f.name]: [header, ...f.lines.slice(1)].join("\n") },
        expect: refuse(f.name, 1, fieldColumnOf(f.lines[0] ?? "", index), "unknown-column"),
      };
    },
  },
  {
    name: "crlf-line-ends",
    count: 4,
    make: (c, random) => {
      const f = file(c, random.pick([...c.files.keys()]));
      return {
        kind: "crlf-line-ends",
        what: `${f.name} with CRLF line ends`,
        files: { [f.name]: f.text.replace(/\n/g, "\r\n") },
        expect: refuse(f.name, 1, 1, "line-endings"),
      };
    },
  },
];
