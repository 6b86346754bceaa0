import type { Dataset } from "./model.ts";
import type { LocateRow } from "./locate.ts";
import type { ValidationError } from "./types.ts";

type Kind = Dataset["glossary"][number]["kind"];

/** The printed text English pages gloss: which file and column holds it, and its kind in glossary.csv. */
const GLOSSED: { file: "tables" | "projects"; column: "title" | "name" | "category"; kind: Kind; what: string }[] = [
  { file: "tables", column: "title", kind: "table_title", what: "table" },
  { file: "projects", column: "name", kind: "project_name", what: "project" },
  { file: "projects", column: "category", kind: "project_category", what: "project" },
];

/**
 * Every printed table title, project name and project category has an English gloss in glossary.csv (English pages show it beside
 * the printed text), and every gloss glosses a text the data uses (a stale one is an error too). Rule `gloss`.
 */
export function checkGlossed(
  data: Pick<Dataset, "glossary" | "tables" | "projects">,
  errors: ValidationError[],
  at: LocateRow,
  /** Whether a file's rows were all read: a gloss is stale only if no row of a readable file prints its text. */
  readable: (file: "tables" | "projects") => boolean = () => true,
): void {
  const glossed = new Set(data.glossary.map((g) => `${g.kind}|${g.printed}`));
  const used = new Set<string>();
  for (const { file, column, kind } of GLOSSED)
    (data[file] as Record<string, unknown>[]).forEach((row, i) => {
      const text = row[column];
      if (typeof text !== "string" || !text) return;
      used.add(`${kind}|${text}`);
      if (!glossed.has(`${kind}|${text}`))
        errors.push({
          ...at(file, i, column),
          rule: "gloss",
          message: `${text} has no English gloss: add it to glossary.csv as ${kind}`,
        });
    });
  // An empty or unreadable file has its own error: every gloss of its texts would only repeat it.
  const checkable = new Set(GLOSSED.filter((x) => readable(x.file) && data[x.file].length > 0).map((x) => x.kind));
  data.glossary.forEach((g, i) => {
    if (checkable.has(g.kind) && !used.has(`${g.kind}|${g.printed}`))
      errors.push({
        ...at("glossary", i, "printed"),
        rule: "gloss",
        message: `${g.printed} is glossed as ${g.kind} but no ${GLOSSED.find((x) => x.kind === g.kind)?.what ?? "row"} prints it`,
      });
  });
}
