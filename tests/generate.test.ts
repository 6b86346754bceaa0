/**
 * The benchmark's synthetic data (scripts/bench/generate) must stay valid and repeatable: a benchmark on data the
 * validator refuses measures nothing, and two runs with one seed must measure the same bytes.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../scripts/bench/generate/index.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const work = mkdtempSync(join(tmpdir(), "yibao-generate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hashes = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map(
      (f) =>
        `${f} ${createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex")}`,
    );

describe("generate({ units, years, seed, dir })", () => {
  it("writes 8 units × 2 years that validate with 0 errors and at least one passing identity per document", () => {
    const dir = join(work, "a");
    generate({ units: 8, years: 2, seed: 3, dir });
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    const documents = report.data?.documents ?? [];
    expect(documents.length).toBeGreaterThan(0);
    for (const d of documents) expect(report.counts.get(d.document_id)?.pass ?? 0).toBeGreaterThan(0);
  });

  it("gives byte-identical files for the same seed, and different ones for another seed", () => {
    generate({ units: 8, years: 2, seed: 3, dir: join(work, "b") });
    generate({ units: 8, years: 2, seed: 4, dir: join(work, "c") });
    expect(hashes(join(work, "b"))).toEqual(hashes(join(work, "a")));
    expect(hashes(join(work, "c"))).not.toEqual(hashes(join(work, "a")));
  });
});
