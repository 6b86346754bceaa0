/**
 * Citations and the source viewer. Pure parts first (printed title and date, hash check, grouping of repeated
 * cells), then the builds of tests/setup: with `--sources ../shared/seeds` every citation link on every page resolves
 * to an existing line anchor and every back-link to an existing figure; without it (hostile build) no citation
 * links at all. A clone without ../shared/seeds skips the build checks that need the texts.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { hashMismatch, printedDate, printedTitle, sha256, textLines } from "../src/lib/data/source-texts.ts";
import { citations, sourceText } from "../src/lib/model/labels.ts";
import type { MetricValue } from "../src/lib/model/metrics/values.ts";
import { HTMLElement, parse } from "node-html-parser";
import { HAS_SEEDS, HOSTILE_OUT, PROVINCES_OUT, ROOT_OUT, SEEDS, SUB_OUT } from "./setup/global.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const pages = (out: string) => walk(out).filter((f) => f.endsWith(".html"));

const DOCS = {
  documents: [
    {
      document_id: "210311-bureau-2024-final",
      title_printed: "千山区医疗保障局 千山区医疗保障服务中心 2024 年度部门决算汇总",
      issuer_zh: "千山区医疗保障局",
      issuer_en: "Qianshan District Healthcare Security Administration",
    },
  ],
} as never;

describe("printed title, date and hash of a source text", () => {
  it("joins a title printed over two lines with a space and drops a Markdown heading mark", () => {
    // 000_40f2de11a2278ee4.txt lines 3–4 print 鞍山市医疗保障局本级 / 2024 年预算公开报告.
    const lines = textLines("\n\n鞍山市医疗保障局本级\n2024 年预算公开报告\n");
    expect(printedTitle(lines, { title_line: 3, title_line_end: 4 })).toBe("鞍山市医疗保障局本级 2024 年预算公开报告");
    expect(
      printedTitle(["", "", "# 2024年抚顺市医疗保障事务服务中心单位预算批复表"], {
        title_line: 3,
        title_line_end: null,
      }),
    ).toBe("2024年抚顺市医疗保障事务服务中心单位预算批复表");
  });

  it("reads the date 002_7cae605de1a9dcbd.txt prints on line 6 (二〇二四年三月) as 2024-03", () => {
    expect(printedDate("二〇二四年三月")).toBe("2024-03");
    expect(printedDate("2024年3月15日")).toBe("2024-03-15");
    expect(printedDate("二〇二四年十二月")).toBe("2024-12");
    expect(printedDate("目录")).toBeNull();
  });

  it("names the file and both hashes when a text is not the recorded one", () => {
    expect(sha256("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hashMismatch("a.txt", "aa", "aa")).toBeNull();
    expect(hashMismatch("a.txt", "aa", "bb")).toBe("a.txt: SHA-256 bb does not match aa recorded in documents.csv");
  });
});

describe("citations", () => {
  // 千山 2024 final, 公开05表 line 372 (合计 row) cited twice in one ratio, plus line 375 (2101103).
  const src = (line: number, column: string, row: { code: string | null; name: string | null }) => ({
    document_id: "210311-bureau-2024-final",
    table_id: "T05",
    table_no: "公开05表",
    table_title: "一般公共预算财政拨款支出决算表",
    line,
    row,
    column,
  });
  const result: MetricValue = {
    state: "value",
    value: 1,
    basis: "derived",
    sources: [
      src(372, "total", { code: null, name: "合计" }),
      src(372, "total", { code: null, name: "合计" }),
      src(375, "project", { code: "2101103", name: "公务员医疗补助" }),
    ],
  };

  it("name the printed title, issuer, table number and title, row and column, each cell once", () => {
    const [group] = citations(result, "zh", DOCS);
    expect(group?.tables).toHaveLength(1);
    expect(group?.tables[0]?.cells).toHaveLength(2);
    expect(sourceText(result, "zh", DOCS)).toBe(
      "《千山区医疗保障局 千山区医疗保障服务中心 2024 年度部门决算汇总》（千山区医疗保障局） 公开05表 一般公共预算财政拨款支出决算表：合计 · 合计栏（文本第372行）；2101103 公务员医疗补助 · 项目支出栏（文本第375行）",
    );
    expect(sourceText(result, "en", DOCS)).toContain("(Qianshan District Healthcare Security Administration)");
    expect(sourceText(result, "en", DOCS)).toContain(
      "2101103 公务员医疗补助 · column project expenditure (项目支出) (text line 375)",
    );
  });
});

/** Every `href` of a page that points at a line anchor (`…#L12`), resolved against the page's own path. */
function lineLinks(out: string, base: string): { page: string; target: string; anchor: string }[] {
  const found: { page: string; target: string; anchor: string }[] = [];
  for (const file of pages(out)) {
    const html = readFileSync(file, "utf8");
    for (const [, href] of html.matchAll(/href="([^"]*#L\d+)"/g)) {
      const [path = "", anchor = ""] = (href ?? "").split("#");
      const target =
        path === ""
          ? file
          : path.startsWith("/")
            ? join(out, path.slice(base.length), "index.html")
            : join(resolve(dirname(file), path), "index.html");
      found.push({ page: relative(out, file), target, anchor });
    }
  }
  return found;
}

/** The page kinds whose tables show figures without their long citation (home is index.html). */
const TABLE_PAGE_KINDS = ["index.html", "units/", "metrics/", "compare/", "over-time/"];
const TABLE_PAGES = ["", "units/210311-bureau/", "metrics/personnel/", "compare/210000/", "over-time/210000/"];

/** Each figure cell of a page's tables (a td.num printing a number; per-body and chart tables cite in a column). */
function figureCells(file: string) {
  const root = parse(readFileSync(file, "utf8"));
  return (
    root
      .querySelectorAll("td.num")
      // A chart's data table names each bar's source in its own column (the chart's, not the page's).
      .filter((td) => !td.closest("table.body-figures") && !td.closest("figure.chart"))
      .map((td) => {
        const link = td.querySelector(":scope > a");
        const figure = td.childNodes
          .filter((n) => !(n instanceof HTMLElement && n.rawTagName === "a"))
          .map((n) => n.text)
          .join("")
          .trim();
        // A compare table's cell belongs to its column's report (the header's data-doc; cells do not repeat it).
        const row = td.parentNode;
        const column = (row?.childNodes ?? []).filter((n) => n instanceof HTMLElement).indexOf(td);
        const header = td.closest("table")?.querySelectorAll("thead tr:last-child th")[column];
        const doc = td.getAttribute("data-doc") ?? header?.getAttribute("data-doc");
        return { figure, href: link?.getAttribute("href"), text: link?.text, doc };
      })
      .filter((c) => /^-?[\d,]+(\.\d+)?%?/.test(c.figure))
  );
}

const idsOf = new Map<string, Set<string>>();
const ids = (file: string) => {
  let set = idsOf.get(file);
  if (!set)
    idsOf.set(file, (set = new Set([...readFileSync(file, "utf8").matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? ""))));
  return set;
};

describe.skipIf(!HAS_SEEDS)("the --sources build (../shared/seeds)", () => {
  for (const [name, out, base] of [
    ["root", ROOT_OUT, "/"],
    ["sub-path", SUB_OUT, "/yibao-budgets/"],
  ] as const)
    it(`every citation link on every page resolves to an existing line anchor (${name})`, () => {
      const links = lineLinks(out, base);
      const fromReports = links.filter((l) => l.page.includes("reports/"));
      expect(fromReports.length).toBeGreaterThan(300);
      // The tables repeated per province link each figure too, in both languages.
      for (const kind of TABLE_PAGE_KINDS)
        for (const prefix of ["", "en/"])
          expect(links.filter((l) => l.page.startsWith(`${prefix}${kind}`)).length, `${prefix}${kind}`).toBeGreaterThan(
            0,
          );
      const broken = links.filter((l) => !existsSync(l.target) || !ids(l.target).has(l.anchor));
      expect(broken).toEqual([]);
    });

  it("every figure of the home, unit, metric, compare and over-time tables links to a line of its report's text", () => {
    for (const prefix of ["", "en/"])
      for (const page of TABLE_PAGES) {
        const cells = figureCells(join(ROOT_OUT, prefix, page, "index.html"));
        expect(cells.length, `${prefix}${page}`).toBeGreaterThan(0);
        const unlinked = cells.filter((c) => !new RegExp(`^/${prefix}sources/[^/]+/#L\\d+$`).test(c.href ?? ""));
        expect(unlinked, `${prefix}${page}`).toEqual([]);
      }
    // 千山 2024 final: 支出合计 214.04 is the 合计 row of 公开05表, printed on text line 372 ("214. 04" there).
    const qianshan = figureCells(join(ROOT_OUT, "compare/210000/index.html")).filter(
      (c) => c.doc === "210311-bureau-2024-final" && c.figure.startsWith("214.04"),
    );
    expect(qianshan[0]).toMatchObject({ href: "/sources/210311-bureau-2024-final/#L372", text: "第372行" });
  });

  it("publishes one viewer page per report, its text once, every line anchored, cited lines linked back", () => {
    const dir = join(ROOT_OUT, "sources", "210311-bureau-2024-final");
    const html = readFileSync(join(dir, "index.html"), "utf8");
    const text = readFileSync(join(SEEDS, "001_d0c77a329ce627f3.txt"), "utf8");
    const n = textLines(text).length;
    expect(ids(join(dir, "index.html")).has(`L${n}`)).toBe(true);
    expect(ids(join(dir, "index.html")).has(`L${n + 1}`)).toBe(false);
    // Line 372 is the 合计 row of 公开05表 (214.04 total): it supports 支出合计 in both languages.
    const line372 = /<div id="L372" class="c">(.*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(line372).toContain("214. 04");
    expect(line372).toContain('href="/reports/210311-bureau-2024-final/#m-total_expenditure"');
    // The English viewer: the same text as printed, English headings, links back to the English report page.
    const en = readFileSync(join(ROOT_OUT, "en", "sources", "210311-bureau-2024-final", "index.html"), "utf8");
    expect(/<div id="L372" class="c">(.*?)<\/div>/.exec(en)?.[1]).toContain(
      'href="/en/reports/210311-bureau-2024-final/#m-total_expenditure"',
    );
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("figures it supports:");
    for (const page of [html, en]) expect(page).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect(readdirSync(join(ROOT_OUT, "sources")).sort()).toEqual([
      "210300-bureau-2024-budget",
      "210311-bureau-2024-final",
      "210400-centre-2024-budget",
      "411624-bureau-2024-budget",
    ]);
  });

  it("every back-link of the viewer pages reaches a figure on a report page", () => {
    const broken: string[] = [];
    let count = 0;
    for (const file of pages(join(ROOT_OUT, "sources")))
      for (const [, href] of readFileSync(file, "utf8").matchAll(/href="(\/[^"#]*reports\/[^"]+)"/g)) {
        const [path = "", anchor] = (href ?? "").split("#");
        const target = join(ROOT_OUT, path, "index.html");
        count++;
        if (anchor && (!existsSync(target) || !ids(target).has(anchor)))
          broken.push(`${relative(ROOT_OUT, file)} → ${href}`);
      }
    expect(count).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it("refuses a text whose SHA-256 is not the recorded one, naming the file and both hashes", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    const out = mkdtempSync(join(tmpdir(), "out-"));
    try {
      cpSync(SEEDS, dir, { recursive: true });
      writeFileSync(
        join(dir, "003_abee6ec0de6ec728.txt"),
        `${readFileSync(join(dir, "003_abee6ec0de6ec728.txt"), "utf8")}x`,
      );
      const run = spawnSync(process.execPath, ["scripts/build.ts", "--out", out, "--sources", dir], {
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /documents\.csv:5:\d+: source-sha256: 003_abee6ec0de6ec728\.txt: SHA-256 [0-9a-f]{64} does not match 25f60a1664cf0e0a78b7a21e8e7596cbd048f309740c3fe2b41b26bfd275ec78 recorded in documents\.csv/,
      );
      expect(existsSync(join(out, "index.html"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("a build without --sources", () => {
  it("links nothing into sources/ (hostile fixture and the provinces build)", () => {
    for (const out of [HOSTILE_OUT, PROVINCES_OUT]) {
      const into = pages(out).filter((f) => /href="[^"]*sources\//.test(readFileSync(f, "utf8")));
      expect(into.map((f) => relative(out, f))).toEqual([]);
    }
  });

  it("links each figure of the tables to its row on its report page, which exists (provinces build)", () => {
    let count = 0;
    const broken: string[] = [];
    for (const prefix of ["", "en/"])
      for (const page of TABLE_PAGES)
        for (const c of figureCells(join(PROVINCES_OUT, prefix, page, "index.html"))) {
          count++;
          const [path = "", anchor = ""] = (c.href ?? "").split("#");
          const target = join(PROVINCES_OUT, path, "index.html");
          if (!path.startsWith(`/${prefix}reports/`) || !existsSync(target) || !ids(target).has(anchor))
            broken.push(`${prefix}${page}: ${c.figure} → ${c.href}`);
        }
    expect(count).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it("has no citation link and no viewer (hostile fixture build): citations are plain text", () => {
    expect(existsSync(join(HOSTILE_OUT, "sources"))).toBe(false);
    expect(lineLinks(HOSTILE_OUT, "/")).toEqual([]);
    const report = readFileSync(join(HOSTILE_OUT, "reports", "210300-bureau-2024-budget", "index.html"), "utf8");
    expect(report).toContain("（文本第311行）");
  });
});
