import { z } from "zod";
import { resource } from "./resource.ts";

/**
 * English glosses of printed text that English pages show as printed: table titles (tables.csv `title`) and
 * project names and categories (projects.csv `name`, `category`). The printed text is never translated in place; English pages show the gloss
 * beside it ("Expenditure budget: summary (printed: 支出预算总表)"). Every title and name used must have one.
 */
export const glossary = resource({
  name: "glossary",
  path: "glossary.csv",
  description: "印刷文字的英文释义 / English glosses of printed table titles and project names",
  row: z.object({
    kind: z
      .enum(["table_title", "project_name", "project_category"])
      .describe(
        "table_title 表题（tables.csv title）/ project_name 项目名称（projects.csv name）/ project_category 项目类别（projects.csv category）",
      ),
    printed: z.string().describe("印刷原文，逐字 / the text exactly as printed"),
    en: z.string().describe("英文释义 / English gloss"),
    note: z.string().nullable().describe("说明 / note"),
  }),
  primaryKey: ["kind", "printed"],
  foreignKeys: [],
});
