import type { Dataset, ResourceName } from "./model.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

type Scheme = Dataset["classifications"][number]["scheme"];

/** Where the facts hold classification codes: file, column, the scheme the code is from, and which rows. */
const CODE_CELLS: {
  file: ResourceName;
  column: string;
  scheme: Scheme;
  where?: (row: Record<string, unknown>) => boolean;
}[] = [
  { file: "functional", column: "code", scheme: "functional" },
  { file: "projects", column: "functional_code", scheme: "functional" },
  { file: "economic", column: "code", scheme: "economic" },
  { file: "economic", column: "gov_code", scheme: "gov_economic" },
  // A summary table's 类 rows; its by_code rows keep the code as printed (truncated in some reports).
  { file: "summary", column: "code", scheme: "functional", where: (r) => r["item"] === "class" },
];

const LEVEL_DIGITS = { 类: 3, 款: 5, 项: 7 } as const;

/**
 * Every classification code a fact uses is listed in classifications.csv under its scheme (so every row has a
 * standard and an English name), and the list itself is a tree: a code's length is its level and its parent is the
 * code it begins with, one level up, listed too. Rule `classification`.
 */
export function checkClassified(
  data: Pick<Dataset, "classifications" | "functional" | "projects" | "economic" | "summary">,
  errors: ValidationError[],
  at: LocateRow,
): void {
  const listed = new Set(data.classifications.map((c) => `${c.scheme}|${c.code}`));
  data.classifications.forEach((c, i) => {
    const fail = (column: string, message: string) =>
      errors.push({ ...at("classifications", i, column), rule: "classification", message });
    if (c.code.length !== LEVEL_DIGITS[c.level] || (c.scheme !== "functional" && c.level === "项"))
      fail("level", `${c.code} is ${c.code.length} digits: not a ${c.level} code of ${c.scheme}`);
    const parent = c.level === "类" ? null : c.code.slice(0, c.level === "款" ? 3 : 5);
    if (c.parent !== parent)
      fail("parent", `the parent of ${c.code} is ${parent ?? "none (a 类)"}, not ${c.parent ?? "blank"}`);
    else if (parent && !listed.has(`${c.scheme}|${parent}`))
      fail("parent", `the parent ${parent} of ${c.code} is not listed under ${c.scheme}`);
  });
  for (const { file, column, scheme, where } of CODE_CELLS)
    (data[file as keyof typeof data] as Record<string, unknown>[]).forEach((row, i) => {
      const code = row[column];
      if (typeof code !== "string" || !code || (where && !where(row)) || listed.has(`${scheme}|${code}`)) return;
      errors.push({
        ...at(file, i, column),
        rule: "classification",
        message: `${code} is not in classifications.csv under ${scheme}: add it with its standard name and English name`,
      });
    });
}
