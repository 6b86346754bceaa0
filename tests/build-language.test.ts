/**
 * No Latin sentence on a Chinese page (dist/, built by tests/setup/global.ts). The check, on every page outside
 * /en/: take each text node of <body> (not script, style, code, pre, textarea, nor an element marked lang="en"),
 * drop what is meant to be Latin — URLs, file names, ids and codes (a token with a digit, `_`, `.` or `/` inside),
 * and a bilingual gloss (what follows " / " after Chinese text, as the data page's column descriptions and a
 * report chart's embed title in every language carry) — and fail on three or more Latin words in a row
 * ("budgets have no execution rate", "Use table figure"); one or two (a unit "万元", "CSV", "SVG") pass.
 * (Untranslated classification names on English pages are checked beside data/classifications.csv.)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { HTMLElement, parse, TextNode, type Node } from "node-html-parser";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ROOT_OUT } from "./setup/global.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const chinesePages = walk(ROOT_OUT).filter((f) => f.endsWith(".html") && !relative(ROOT_OUT, f).startsWith("en/"));

const SKIP = new Set(["script", "style", "code", "pre", "textarea"]);
const CJK = /[\u3400-\u9fff]/;
const SENTENCE = /[A-Za-z]{2,}(?:[\s,;:()'’-]+[A-Za-z]{2,}){2,}/;

/** The part of a text node the check reads (see the file comment). */
export function latinCandidate(text: string): string {
  const gloss = text.search(/ \/ /);
  const head = gloss > 0 && CJK.test(text.slice(0, gloss)) ? text.slice(0, gloss) : text;
  // A dropped token leaves a mark no word crosses ("CC BY 4.0（署名…）yibao-budgets" is not one sentence).
  return head.replace(/\bhttps?:\/\/\S+/g, " · ").replace(/\S*[\d_./]\S*/g, " · ");
}

function textNodes(node: Node, out: string[]): void {
  for (const child of node.childNodes) {
    if (child instanceof TextNode) out.push(child.text);
    else if (child instanceof HTMLElement) {
      if (SKIP.has(child.rawTagName.toLowerCase()) || child.getAttribute("lang")?.startsWith("en")) continue;
      textNodes(child, out);
    }
  }
}

describe("Chinese pages (dist)", () => {
  it.each([
    ["预算报告没有执行率", false],
    ["budgets have no execution rate", true],
    ["支出合计（同比）", false],
    ["基本支出经济分类 / basic expenditure by economic classification", false],
    ["000_40f2de11a2278ee4.txt · 表3 · 第311行", false],
    ["下载 CSV", false],
  ])("latinCandidate(%j) holds a Latin sentence: %s", (text, latin) => {
    expect(SENTENCE.test(latinCandidate(text))).toBe(latin);
  });

  it("show no Latin sentence (three or more Latin words in a row)", () => {
    const found: string[] = [];
    for (const file of chinesePages) {
      const body = parse(readFileSync(file, "utf8")).querySelector("body");
      if (!body) continue;
      const texts: string[] = [];
      textNodes(body, texts);
      for (const text of texts) {
        const m = latinCandidate(text).match(SENTENCE);
        if (m) found.push(`${relative(ROOT_OUT, file)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
    expect(chinesePages.length).toBeGreaterThan(30);
  });
});

/** Printed text English pages must gloss (data/glossary.csv), longest first (a title inside a longer one). */
const printedTexts = (() => {
  const rows = (file: string) =>
    Papa.parse<Record<string, string>>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const gloss = new Map(rows("data/glossary.csv").map((g) => [`${g["kind"]}|${g["printed"]}`, g["en"] ?? ""]));
  const used = [
    ...rows("data/tables.csv").map((r) => ["table_title", r["title"] ?? ""]),
    ...rows("data/projects.csv").map((r) => ["project_name", r["name"] ?? ""]),
    ...rows("data/projects.csv").map((r) => ["project_category", r["category"] ?? ""]),
  ].filter(([, text]) => text);
  const out = new Map<string, string>();
  for (const [kind, text = ""] of used) out.set(text, gloss.get(`${kind}|${text}`) ?? "");
  return [...out].sort((a, b) => b[0].length - a[0].length);
})();

/**
 * Where pages show printed table titles and project names as labels: citations' table names, the projects table's
 * names and categories, the failing checks' tables and the per-body sources. (Chart definitions and the performance
 * section quote printed text too; they are not checked here yet.)
 */
const LABELS =
  ".cite-table, #projects + .table-wrap tbody th, #projects + .table-wrap tbody td:not(.src), #quality tbody td, table.body-figures td.src";

describe("English pages (dist)", () => {
  const englishPages = walk(ROOT_OUT).filter((f) => f.endsWith(".html") && relative(ROOT_OUT, f).startsWith("en/"));

  it("gloss every printed table title, project name and category they show as a label (data/glossary.csv)", () => {
    expect(printedTexts.every(([, gloss]) => gloss !== "")).toBe(true);
    const unglossed = new Set<string>();
    let seen = 0;
    for (const file of englishPages)
      for (const el of parse(readFileSync(file, "utf8")).querySelectorAll(LABELS)) {
        let text = el.text;
        for (const [printed, gloss] of printedTexts) {
          if (!text.includes(printed)) continue;
          seen++;
          if (!text.includes(`${gloss} (printed: `)) unglossed.add(`${relative(ROOT_OUT, file)}: ${printed}`);
          text = text.split(printed).join(" · ");
        }
      }
    expect([...unglossed]).toEqual([]);
    // The four reports' citations name a dozen tables each, and 24 projects are listed.
    expect(seen).toBeGreaterThan(100);
  });
});
