/**
 * data/classifications.csv: every code the facts use, with a standard Chinese and an English name; checked by the
 * validator (rule classification) and, where shared/reference lists a code, against that list.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { className, classNames } from "../src/lib/model/classifications.ts";
import { corruptMini } from "./helpers/data-copy.ts";

const REFERENCE = fileURLToPath(new URL("../../shared/reference", import.meta.url));
const HAVE_REFERENCE = existsSync(REFERENCE);
const rows = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
const errorsOf = (dir: string) =>
  validateDataDir(dir).errors.map((e) => [basename(e.file), e.line, e.column, e.rule, e.message]);

describe("checkClassified (rule classification)", () => {
  it("validateDataDir refuses a functional code classifications.csv does not list, at the code's cell", () => {
    // valid-mini's 2101501 行政运行 (functional.csv line 8) retyped as 2101509, a code no list holds.
    const dir = corruptMini(["functional.csv", ",2101501,2101501,行政运行,", ",2101509,2101509,行政运行,"]);
    const errors = errorsOf(dir).filter((e) => e[3] === "classification");
    expect(errors).toEqual([
      [
        "functional.csv",
        9,
        48,
        "classification",
        "2101509 is not in classifications.csv under functional: add it with its standard name and English name",
      ],
    ]);
  });

  it("validateDataDir refuses a listed code whose parent is not the code it begins with", () => {
    const dir = corruptMini(["classifications.csv", "functional,2101501,项,21015,", "functional,2101501,项,21011,"]);
    expect(errorsOf(dir).filter((e) => e[3] === "classification")).toEqual([
      [
        "classifications.csv",
        expect.any(Number),
        expect.any(Number),
        "classification",
        "the parent of 2101501 is 21015, not 21011",
      ],
    ]);
  });

  it("validateDataDir refuses a code whose length is not its level", () => {
    const dir = corruptMini(["classifications.csv", "functional,21015,款,210,", "functional,21015,项,210,"]);
    expect(
      errorsOf(dir)
        .filter((e) => e[3] === "classification")
        .map((e) => e[4]),
    ).toContain("21015 is 5 digits: not a 项 code of functional");
  });
});

describe("data/classifications.csv", () => {
  const list = rows("data/classifications.csv");

  it("names 2101103 公务员医疗补助 'Civil servants' medical subsidy' and 21013 医疗救助 'Medical assistance'", () => {
    const names = classNames(validateDataDir("data").data?.classifications ?? []);
    expect([className(names, "functional", "2101103", "zh"), className(names, "functional", "2101103", "en")]).toEqual([
      "公务员医疗补助",
      "Civil servants' medical subsidy",
    ]);
    expect(className(names, "functional", "21013", "en")).toBe("Medical assistance");
  });

  it("gives every code an English name without Chinese characters", () => {
    expect(
      list.filter((r) => !r["name_en"] || /\p{Script=Han}/u.test(r["name_en"] ?? "")).map((r) => r["code"]),
    ).toEqual([]);
  });

  it.skipIf(!HAVE_REFERENCE)(
    "agrees with shared/reference on every code marked source=reference, and lists the others as not in it",
    () => {
      const reference = new Map<string, string>();
      for (const file of ["classification-functional.csv", "classification-economic.csv"])
        for (const r of rows(`${REFERENCE}/${file}`)) reference.set(r["code"] ?? "", r["name"] ?? "");
      const disagree = list.filter((r) =>
        r["source"] === "reference" ? reference.get(r["code"] ?? "") !== r["name_zh"] : reference.has(r["code"] ?? ""),
      );
      expect(disagree.map((r) => r["code"])).toEqual([]);
      // By hand: the reports print 2089999 (002 lines 254, 328: 208|99|99) and 2109999 (003 lines 70, 137), which
      // the reference lists as 2089901 / 2109901 (each marked "verify"); neither list entry is used.
      expect(list.filter((r) => r["source"] === "reports" && r["code"]?.length === 7).map((r) => r["code"])).toEqual([
        "2089999",
        "2109999",
      ]);
    },
  );
});
