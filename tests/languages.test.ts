/** Languages are data: LANGUAGES drives routes and links, and no language is named in code outside src/i18n. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LANG, LANGUAGES, href, otherLanguages } from "../src/i18n/index.ts";
import { localizedPaths } from "../src/i18n/routes.ts";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe("src/ outside src/i18n", () => {
  it('has no `lang === "…"` test: text comes from the translation files, the rest from LANGUAGES', () => {
    const found = files("src")
      .filter((f) => !relative("src", f).startsWith("i18n"))
      .flatMap((f) =>
        readFileSync(f, "utf8")
          .split("\n")
          .flatMap((line, i) => (/\blang\s*[!=]==?\s*["'`]/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});

describe("src/pages", () => {
  it("has every page kind once, under [...lang]/ (endpoints aside)", () => {
    const pages = files("src/pages").map((f) => relative("src/pages", f));
    // 404.html is one page in every language: a static host serves the same file at any missing address.
    expect(pages.filter((p) => p.endsWith(".astro") && !p.startsWith("[...lang]/"))).toEqual(["404.astro"]);
    expect(pages.filter((p) => !p.startsWith("[...lang]/")).sort()).toEqual([
      "404.astro",
      // The compare picker's index and province shards: data, the same in every language.
      "compare-data/[shard].json.ts",
      "data/[file].ts",
      "search-index/[shard].json.ts",
    ]);
  });
});

describe("LANGUAGES", () => {
  it("puts exactly one language, the first, at the root", () => {
    expect(LANGUAGES.filter((l) => l.prefix === "").map((l) => l.code)).toEqual([DEFAULT_LANG]);
    expect(LANGUAGES[0].code).toBe(DEFAULT_LANG);
  });

  it("gives every language the keys of zh.json, no more and no fewer", () => {
    const reference = Object.keys(LANGUAGES[0].messages).sort();
    for (const l of LANGUAGES) expect(Object.keys(l.messages).sort()).toEqual(reference);
  });
});

describe("localizedPaths", () => {
  it("yields each path once per language, the default one at the root (`lang` undefined)", () => {
    expect(localizedPaths([{ params: { id: "a" } }])).toEqual(
      LANGUAGES.map((l) => ({ params: { id: "a", lang: l.prefix || undefined }, props: { lang: l.code } })),
    );
    expect(localizedPaths().find((p) => p.props.lang === "en")?.params.lang).toBe("en");
  });

  it("asks a function for each language's own paths", () => {
    const paths = localizedPaths((lang) => [{ params: { id: lang } }, { params: { id: `${lang}-2` } }]);
    expect(paths.map((p) => `${p.props.lang}:${p.params.id}`)).toEqual(
      LANGUAGES.flatMap((l) => [`${l.code}:${l.code}`, `${l.code}:${l.code}-2`]),
    );
  });
});

describe("href", () => {
  it("href(lang, path) puts the language's prefix after the base, none for the default language", () => {
    expect(href(DEFAULT_LANG, "units/")).toBe("/units/");
    expect(href("en", "/units/")).toBe("/en/units/");
    for (const l of LANGUAGES) expect(href(l.code)).toBe(l.prefix ? `/${l.prefix}/` : "/");
  });
});

describe("otherLanguages", () => {
  it("otherLanguages(lang) lists every language but lang, in LANGUAGES order: the switch and hreflang links", () => {
    for (const l of LANGUAGES)
      expect(otherLanguages(l.code)).toEqual(LANGUAGES.filter((other) => other.code !== l.code));
    expect(otherLanguages("zh").find((l) => l.code === "en")?.label).toBe("English");
  });
});
