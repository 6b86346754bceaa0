/**
 * data/glossary.csv: an English gloss for every printed table title and project name (English pages show it
 * beside the printed text). Checked by the validator (rule gloss): a text without a gloss, and a gloss no table
 * or project prints.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { corruptMini } from "./helpers/data-copy.ts";

const glossErrors = (dir: string) =>
  validateDataDir(dir)
    .errors.filter((e) => e.rule === "gloss")
    .map((e) => [basename(e.file), e.line, e.column, e.message]);

describe("checkGlossed (rule gloss)", () => {
  it("validateDataDir accepts valid-mini and data/, where every title and project name is glossed", () => {
    expect(glossErrors("tests/fixtures/valid-mini")).toEqual([]);
    expect(glossErrors("data")).toEqual([]);
  });

  it("refuses a project name without a gloss at its cell, and the gloss left unused", () => {
    // valid-mini projects.csv line 2: "990100-bureau-2024-budget,T05,62,," is 34 characters, the name starts at 35.
    const dir = corruptMini(["projects.csv", ",,医保基金监管经费,", ",,医保基金监管工作经费,"]);
    expect(glossErrors(dir)).toEqual([
      ["projects.csv", 2, 35, "医保基金监管工作经费 has no English gloss: add it to glossary.csv as project_name"],
      // glossary.csv line 3: "project_name," is 13 characters, the printed text starts at 14.
      ["glossary.csv", 3, 14, "医保基金监管经费 is glossed as project_name but no project prints it"],
    ]);
  });

  it("refuses a table title without a gloss (tables.csv line 3, after 33 characters of id, table id and number)", () => {
    const dir = corruptMini(["tables.csv", ",表2,支出预算总表,", ",表2,支出预算总表（一）,"]);
    expect(glossErrors(dir)).toEqual([
      ["tables.csv", 3, 34, "支出预算总表（一） has no English gloss: add it to glossary.csv as table_title"],
      ["glossary.csv", 5, 13, "支出预算总表 is glossed as table_title but no table prints it"],
    ]);
  });
});
