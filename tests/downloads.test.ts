/**
 * Downloads people open on the first try: every published CSV behind a UTF-8 BOM, code columns read as text with
 * the dtype data/README.md documents (pandas when installed, else papaparse doing what that dtype does), one zip
 * that python3's zipfile opens with the CRCs of the files beside it, CITATION.cff at the root, one title and one
 * version everywhere, and a "data last changed" date from the data, not the build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { PACKAGE } from "../src/lib/data/schema/index.ts";
import { writeZip } from "../src/lib/render/zip.ts";
import { RESOURCES } from "../src/lib/data/schema/index.ts";
import { ZIP_NAME } from "../src/lib/site/citation.ts";
import { ROOT_OUT, SUB_OUT } from "./setup/global.ts";

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
const DATA = join(ROOT_OUT, "data");
/** The dtype data/README.md gives for pandas and R: these columns as text. */
const CODES = ["code", "code_printed", "gov_code", "functional_code", "division_code"];
const python = (code: string) => spawnSync("python3", ["-c", code], { encoding: "utf8" });
const HAS_PANDAS = python("import pandas").status === 0;

describe("published CSVs", () => {
  it("every CSV of the site starts with a UTF-8 BOM (curated, metrics, chart and check CSVs)", () => {
    const csvs = walk(ROOT_OUT).filter((f) => f.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(20);
    const without = csvs.filter(
      (f) =>
        !readFileSync(f)
          .subarray(0, 3)
          .equals(Buffer.from([0xef, 0xbb, 0xbf])),
    );
    expect(without).toEqual([]);
    // The curated copies are the validated bytes behind the BOM, nothing else changed.
    expect(readFileSync(join(DATA, "functional.csv")).subarray(3)).toEqual(readFileSync("data/functional.csv"));
  });

  it("declares every code column a string in datapackage.json", () => {
    const pkg = JSON.parse(readFileSync(join(DATA, "datapackage.json"), "utf8")) as {
      resources: { name: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    const codeFields = pkg.resources.flatMap((r) =>
      r.schema.fields
        .filter((f) => CODES.includes(f.name) || f.name.endsWith("_id"))
        .map((f) => `${r.name}.${f.name}:${f.type}`),
    );
    expect(codeFields.length).toBeGreaterThan(20);
    expect(codeFields.filter((f) => !f.endsWith(":string"))).toEqual([]);
  });

  // 鞍山 2024 budget, 表3 line 312 prints 210 卫生健康支出 (a 类 code); 2101103 公务员医疗补助 is a 项 code.
  it.runIf(HAS_PANDAS)("pandas with the documented dtype keeps codes as text", () => {
    const run = python(
      `import pandas as pd\nCODES = {c: "string" for c in ${JSON.stringify(CODES)}}\n` +
        `f = pd.read_csv(${JSON.stringify(join(DATA, "functional.csv"))}, encoding="utf-8-sig", dtype=CODES)\n` +
        `print(f.columns[0], f["code"].dtype, "2101103" in set(f["code"].dropna()))`,
    );
    expect(run.stdout.trim()).toBe("document_id string True");
  });

  it.skipIf(HAS_PANDAS)(
    "without pandas: papaparse typing all but the documented code columns keeps codes as text",
    () => {
      const text = readFileSync(join(DATA, "functional.csv"), "utf8");
      const parsed = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ""), {
        header: true,
        skipEmptyLines: true,
        dynamicTyping: (field) => !CODES.includes(String(field)),
      });
      expect(parsed.meta.fields?.[0]).toBe("document_id");
      const codes = parsed.data.map((r) => r["code"]).filter((c) => c !== "" && c !== null);
      expect(codes).toContain("2101103");
      expect(codes.every((c) => typeof c === "string")).toBe(true);
      // The trap the README warns about: the same column typed by its values is a number.
      const naive = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ""), {
        header: true,
        dynamicTyping: true,
      });
      expect(naive.data.map((r) => r["code"])).toContain(2101103);
    },
  );
});

describe(`data/${ZIP_NAME}`, () => {
  const zip = join(DATA, ZIP_NAME);

  it("opens with python3's zipfile: sorted entries, every CRC right, each entry the file the site serves", () => {
    const run = python(
      `import zipfile, json\nz = zipfile.ZipFile(${JSON.stringify(zip)})\nassert z.testzip() is None\n` +
        `print(json.dumps([[i.filename, i.CRC, i.file_size, list(i.date_time)] for i in z.infolist()]))`,
    );
    expect(run.stderr).toBe("");
    const entries = JSON.parse(run.stdout) as [string, number, number, number[]][];
    const names = entries.map((e) => e[0]);
    // Every curated CSV of the schema, metrics.csv, the package descriptor, the data README and CITATION.cff,
    // sorted by name (the zip's own order).
    expect(names).toEqual(
      [...RESOURCES.map((r) => r.path), "metrics.csv", "datapackage.json", "README.md", "CITATION.cff"].sort(),
    );
    for (const [name, crc, size, time] of entries) {
      const served =
        name === "CITATION.cff" ? join(ROOT_OUT, name) : name === "README.md" ? "data/README.md" : join(DATA, name);
      const bytes = readFileSync(served);
      expect([name, crc, size]).toEqual([name, crc32(bytes), bytes.length]);
      expect(time).toEqual([1980, 1, 1, 0, 0, 0]);
    }
  });

  it("is the same bytes for the same files (no timestamps), different for different files", () => {
    const dir = mkdtempSync(join(tmpdir(), "zip-"));
    try {
      const entries = [
        { name: "b.csv", source: new TextEncoder().encode("\uFEFFcode\n2101103\n") },
        { name: "a.txt", source: new TextEncoder().encode("鞍山") },
      ];
      writeZip(join(dir, "1.zip"), entries);
      writeZip(join(dir, "2.zip"), [...entries].reverse());
      writeZip(join(dir, "3.zip"), entries.slice(0, 1));
      expect(readFileSync(join(dir, "1.zip"))).toEqual(readFileSync(join(dir, "2.zip")));
      expect(readFileSync(join(dir, "1.zip"))).not.toEqual(readFileSync(join(dir, "3.zip")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("citation", () => {
  const cff = readFileSync("CITATION.cff", "utf8");
  const field = (text: string, key: string) => new RegExp(`^${key}: "?([^"\\n]*)"?$`, "m").exec(text)?.[1];

  it("one title and one version: README, CITATION.cff, datapackage.json, package.json and the data page", () => {
    const pkg = JSON.parse(readFileSync(join(DATA, "datapackage.json"), "utf8")) as { title: string; version: string };
    const npm = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(field(cff, "title")).toBe(PACKAGE.title);
    expect(pkg.title).toBe(PACKAGE.title);
    expect(readFileSync("data/README.md", "utf8")).toContain(PACKAGE.title);
    expect(readFileSync("README.md", "utf8")).toContain(PACKAGE.title);
    expect([field(cff, "version"), pkg.version, npm.version]).toEqual([
      PACKAGE.version,
      PACKAGE.version,
      PACKAGE.version,
    ]);
    for (const page of ["data/index.html", "en/data/index.html"]) {
      const html = readFileSync(join(ROOT_OUT, page), "utf8");
      expect(html).toContain(PACKAGE.title);
      expect(html).toContain(`Version ${PACKAGE.version}`);
    }
  });

  it("CITATION.cff is served at the root with the configured site URL, and linked from the data page", () => {
    expect(field(readFileSync(join(ROOT_OUT, "CITATION.cff"), "utf8"), "url")).toBe("https://yibao-budgets.test/");
    expect(field(readFileSync(join(SUB_OUT, "CITATION.cff"), "utf8"), "url")).toBe(
      "https://example.github.io/yibao-budgets/",
    );
    expect(readFileSync(join(ROOT_OUT, "data/index.html"), "utf8")).toContain('href="/CITATION.cff"');
    expect(readFileSync(join(SUB_OUT, "en/data/index.html"), "utf8")).toContain('href="/yibao-budgets/CITATION.cff"');
  });

  it("the data page shows the date the data last changed (from datapackage.json) and a citation with URL and access date", () => {
    const zh = readFileSync(join(ROOT_OUT, "data/index.html"), "utf8");
    const en = readFileSync(join(SUB_OUT, "en/data/index.html"), "utf8");
    expect(zh).toContain(`<time datetime="${PACKAGE.last_modified}">${PACKAGE.last_modified}</time>`);
    expect(en).toContain("data last changed");
    expect(zh).toContain("https://yibao-budgets.test/ (accessed 访问日期)");
    expect(en).toContain("https://example.github.io/yibao-budgets/ (accessed date accessed)");
    expect(en).toContain(`href="/yibao-budgets/data/${ZIP_NAME}"`);
  });
});
