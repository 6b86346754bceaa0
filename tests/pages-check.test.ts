/**
 * The Pages dry run (scripts/pages-check.ts): the artifact size it computes is the size of the tar that
 * actions/upload-pages-artifact writes (checked against GNU tar itself), and it fails above the size limit.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PAGES_LIMITS, pagesVerdict, tarBytes } from "../scripts/pages/limits.ts";

const dir = mkdtempSync(join(tmpdir(), "pages-"));
const site = join(dir, "site");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const long = `reports/${"210300-bureau-2024-budget-".repeat(5)}x`;
const files: [string, number][] = [
  ["index.html", 1],
  ["data/metrics.csv.gz", 513],
  [`${long}/index.html`, 20_000],
  ["en/units/index.html", 512],
];
for (const [rel, size] of files) {
  mkdirSync(join(site, rel, ".."), { recursive: true });
  writeFileSync(join(site, rel), Buffer.alloc(size, 0x61));
}
const entries = [
  ...["data", "en", "en/units", "reports", long].map((rel) => ({ rel, size: 0, dir: true })),
  ...files.map(([rel, size]) => ({ rel, size, dir: false })),
];

describe("pages-check", () => {
  it("tarBytes(entries) is the size GNU tar writes with upload-pages-artifact's options", () => {
    const tar = join(dir, "artifact.tar");
    const run = spawnSync("tar", [
      "--dereference",
      "--hard-dereference",
      "--directory",
      site,
      "-cf",
      tar,
      "--exclude=.git",
      "--exclude=.github",
      ".",
    ]);
    expect(run.status).toBe(0);
    expect(tarBytes(entries)).toBe(statSync(tar).size);
  });

  it("pagesVerdict(entries) counts files and bytes; 1 GB and 200,000 files are the limits", () => {
    expect(PAGES_LIMITS).toEqual({ maxBytes: 1024 ** 3, warnFiles: 200_000 });
    const v = pagesVerdict(entries);
    expect([v.files, v.bytes, v.tooLarge, v.tooManyFiles]).toEqual([4, 1 + 513 + 20_000 + 512, false, false]);
    expect(pagesVerdict(entries, { maxBytes: 20_000, warnFiles: 3 })).toMatchObject({
      tooLarge: true,
      tooManyFiles: true,
    });
  });

  it("scripts/pages-check.ts prints the figures and exits 1 over the size limit, 0 within it", () => {
    const ok = spawnSync(process.execPath, ["scripts/pages-check.ts", site], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("4 files");
    expect(ok.stdout).toContain("within the Pages limits");
    const over = spawnSync(
      process.execPath,
      ["scripts/pages-check.ts", site, "--max-bytes", "20000", "--warn-files", "3"],
      {
        encoding: "utf8",
        env: { ...process.env, GITHUB_ACTIONS: "" },
      },
    );
    expect(over.status).toBe(1);
    expect(over.stdout).toContain("warning: 4 files: over 3");
    expect(over.stderr).toContain("over the 19.5 KB GitHub Pages limit");
  });
});
