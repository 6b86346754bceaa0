/**
 * Every identity rule has a label in every language: pages name a check by its rule's label, and a rule without
 * one stops the build the first time a check of it fails (missing translation).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { LANGUAGES } from "../src/i18n/languages.ts";

const DIR = "src/lib/data/identities";
const rules = [
  ...new Set(
    readdirSync(DIR).flatMap((f) =>
      [
        ...readFileSync(join(DIR, f), "utf8").matchAll(
          /rule: "([a-z-]+)"|"((?:performance|self-evaluation)-[a-z-]+)"/g,
        ),
      ].map((m) => m[1] ?? m[2] ?? ""),
    ),
  ),
].sort();

describe("identity rule labels", () => {
  it("finds the rules the identity modules emit (more than 25)", () => {
    expect(rules.length).toBeGreaterThan(25);
    expect(rules).toContain("grand-total");
  });
  it.each(LANGUAGES.map((l) => l.code))("every rule has a rule.<name> label in %s", (code) => {
    const strings = JSON.parse(readFileSync(`src/i18n/${code}.json`, "utf8")) as Record<string, string>;
    expect(rules.filter((r) => !strings[`rule.${r}`])).toEqual([]);
  });
});

describe("check column labels", () => {
  const columns = [...new Set(validateDataDir("data").checks.map((c) => c.column))].sort();
  it.each(LANGUAGES.map((l) => l.code))(
    "every column a check of data/ reads has a column.<name> label in %s",
    (code) => {
      const strings = JSON.parse(readFileSync(`src/i18n/${code}.json`, "utf8")) as Record<string, string>;
      expect(columns.length).toBeGreaterThan(10);
      expect(columns.filter((c) => !strings[`column.${c}`])).toEqual([]);
    },
  );
});
