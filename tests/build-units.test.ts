/**
 * Money units in the built site (dist/, built by tests/setup/global.ts): every chart and every money column of
 * every page kind, in both languages, says 万元 / "10,000 yuan". Money cells are found by the `data-unit` attribute
 * the writers put on them (or on their row's header, for a row of one metric, or their table's caption, for a table
 * of one metric); a figure that looks like an amount (digits, a decimal point, no %) without it fails too,
 * so a new table that forgets its unit is caught rather than skipped.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { describe, expect, it } from "vitest";
import en from "../src/i18n/en.json" with { type: "json" };
import zh from "../src/i18n/zh.json" with { type: "json" };
import { ROOT_OUT } from "./setup/global.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const pages = walk(ROOT_OUT).filter((f) => f.endsWith(".html"));
const isEnglish = (file: string) => relative(ROOT_OUT, file).startsWith("en/");
/** The page kind: its path with ids (6-digit codes, chart ids) folded, e.g. `reports/*`, `en/embed/*`. */
const kindOf = (file: string) =>
  relative(ROOT_OUT, file)
    .replace(/index\.html$/, "")
    .replace(/\/[^/]*\d{6}[^/]*\//g, "/*/")
    .replace(/\/metric-[^/]+\//, "/*/");

/** The amounts as the writers print them (fmtWan): digits grouped by commas, two to four decimals. */
const AMOUNT = /^-?\d{1,3}(,\d{3})*\.\d{2,4}\b/;

/** The headings that can carry a money cell's unit: its row's header, its column's header, its table's caption. */
function headingsOf(td: HTMLElement): HTMLElement[] {
  const row = td.parentNode;
  if (!row) return [];
  const table = td.closest("table");
  const column = row.childNodes.filter((n): n is HTMLElement => n instanceof Object && "tagName" in n && !!n.tagName);
  const index = column.indexOf(td);
  const header = table?.querySelector("thead tr:last-child")?.querySelectorAll("th")[index];
  return [row.querySelector("th"), header, table?.querySelector("caption")].filter(
    (h): h is HTMLElement => !!h && h.getAttribute("data-unit") === "万元",
  );
}

describe("money units on every page (dist)", () => {
  const checkedKinds = new Map<string, number>();
  it("every amount in a table is marked as money and headed by its unit (万元 / 10,000 yuan)", () => {
    const problems: string[] = [];
    for (const file of pages) {
      const unit = isEnglish(file) ? en["unit.wan"] : zh["unit.wan"];
      const doc = parse(readFileSync(file, "utf8"));
      for (const td of doc.querySelectorAll("td")) {
        const text = td.text.trim();
        // A cell's unit is its own data-unit, else its row header's (a row of one metric says it once).
        const unitAttr =
          td.getAttribute("data-unit") ??
          td.parentNode?.querySelector("th[data-unit]")?.getAttribute("data-unit") ??
          td.closest("table")?.querySelector("caption[data-unit]")?.getAttribute("data-unit");
        const money = unitAttr === "万元";
        if (!money) {
          // A figure in another unit says which (a performance table's scores: data-unit="points", rates "%").
          const other = ["%", "ratio", "points"].includes(unitAttr ?? "");
          if (AMOUNT.test(text) && !text.includes("%") && !other)
            problems.push(`${kindOf(file)}: "${text}" has no data-unit`);
          continue;
        }
        if (!headingsOf(td).some((h) => h.text.includes(unit)))
          problems.push(`${kindOf(file)}: "${text}" is under no heading with ${unit}`);
        checkedKinds.set(kindOf(file), (checkedKinds.get(kindOf(file)) ?? 0) + 1);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
    expect(en["unit.wan"]).toBe("10,000 yuan");
  });

  it("money columns were found on every page kind that shows amounts, in both languages", () => {
    const kinds = [...checkedKinds.keys()];
    for (const kind of [
      "",
      "units/*/",
      "reports/*/",
      "metrics/three-public/",
      "compare/*/",
      "over-time/*/",
      "embed/*/",
    ])
      for (const prefix of ["", "en/"]) expect(kinds, `${prefix}${kind}`).toContain(`${prefix}${kind}`);
  });

  it("every chart's SVG carries its unit on the axis, and its caption states it", () => {
    let charts = 0;
    for (const file of pages) {
      const unit = isEnglish(file) ? en["unit.wan"] : zh["unit.wan"];
      const doc = parse(readFileSync(file, "utf8"));
      for (const figure of doc.querySelectorAll("figure.chart")) {
        const money = figure.querySelector(".chart-unit")?.getAttribute("data-unit") === "万元";
        const expected = money ? unit : "%";
        expect(figure.querySelector(".chart-unit")?.text, `${kindOf(file)} ${figure.id}`).toContain(expected);
        const svgs = figure.querySelectorAll("svg");
        expect(svgs.length).toBeGreaterThan(0);
        for (const svg of svgs) expect(svg.querySelector("text.axis-unit")?.text.trim()).toBe(expected);
        charts++;
      }
    }
    expect(charts).toBeGreaterThan(40);
  });

  it("an embedded 三公 chart reads 4.35 against an axis in 万元 (003 表7 line 200: 公务用车运行费 4.35)", () => {
    const doc = parse(readFileSync(join(ROOT_OUT, "embed/metric-three-public-total-2024-budget/index.html"), "utf8"));
    const svg = doc.querySelector("svg");
    expect(svg?.querySelector("text.axis-unit")?.text).toBe("万元");
    expect(svg?.querySelector("desc")?.text).toContain("4.35 万元");
    const english = parse(
      readFileSync(join(ROOT_OUT, "en/embed/metric-three-public-total-2024-budget/index.html"), "utf8"),
    );
    expect(english.querySelector("svg text.axis-unit")?.text).toBe("10,000 yuan");
  });
});
