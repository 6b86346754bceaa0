/**
 * 001 (千山区, 汇总 of the bureau and its service centre) prints its 公开02表 收入决算表 (lines 257–269 of
 * 001_d0c77a329ce627f3.txt) as one list of truncated codes, and its 公开05表 一般公共预算财政拨款支出决算表 (lines
 * 372–387) body by body: bureau lines 373–379, centre lines 380–387. Each 公开02表 line is either one body's row
 * (it equals that body's 公开05表 row) or the two bodies together (it equals the sum of both). Worked out from the
 * printed lines:
 * - 261 2101 其他行政事业单位 0.08 = 0.02 (376, bureau 2101199) + 0.06 (384, centre 2101199)
 * - 263 2101 其他医疗保障管理 4.77 = 1.41 (378, bureau 2101599) + 3.36 (386, centre 2101599)
 * - 264 2210 住房公积金 16.82 = 3.97 (379, bureau 2210201) + 12.85 (387, centre 2210201)
 * - bureau: 258 4.96 = 373 4.96; 259 1.90 = 374 1.90; 260 1.03 = 375 1.03; 262 39.98 = 377 39.98
 * - centre: 265 16.05 = 380 16.05; 266 1.07 = 381 1.07; 267 2.20 = 382 2.20; 268 6.21 = 383 6.21;
 *   269 118.94 = 385 118.94
 * 002 (沈丘县, consolidated budget) prints no row of either body apart (finding F09): no such check exists for it.
 */
import { describe, expect, it } from "vitest";
import { bodyChecks } from "../src/lib/data/identities/bodies.ts";
import type { Identity } from "../src/lib/data/identities/index.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { corrupt, error, errorsOf } from "./helpers/data-copy.ts";

const QS = "210311-bureau-2024-final";
const SQ = "411624-bureau-2024-budget";
const FS = "210400-centre-2024-budget";
const data = validateDataDir("data").data;

const identities = (documentId: string) => {
  const out: Identity[] = [];
  if (data) bodyChecks(data, documentId, { push: (id) => out.push(id) });
  return out.map((id) => [id.rule, id.subject, id.expected, id.parts]);
};

describe("bodyChecks(001): 公开02表's rows against each body's 公开05表 rows", () => {
  it("each combined row adds up to the two bodies' rows of its code", () => {
    expect(identities(QS).filter(([rule]) => rule === "bodies-vs-combined")).toEqual([
      ["bodies-vs-combined", "L261", 0.08, [0.02, 0.06]],
      ["bodies-vs-combined", "L263", 4.77, [1.41, 3.36]],
      ["bodies-vs-combined", "L264", 16.82, [3.97, 12.85]],
    ]);
  });

  it("each body's row equals that body's row of the same code", () => {
    expect(identities(QS).filter(([rule]) => rule === "body-row")).toEqual([
      ["body-row", "L258@210311-bureau", 4.96, [4.96]],
      ["body-row", "L259@210311-bureau", 1.9, [1.9]],
      ["body-row", "L260@210311-bureau", 1.03, [1.03]],
      ["body-row", "L262@210311-bureau", 39.98, [39.98]],
      ["body-row", "L265@210311-centre", 16.05, [16.05]],
      ["body-row", "L266@210311-centre", 1.07, [1.07]],
      ["body-row", "L267@210311-centre", 2.2, [2.2]],
      ["body-row", "L268@210311-centre", 6.21, [6.21]],
      ["body-row", "L269@210311-centre", 118.94, [118.94]],
    ]);
  });

  it("a report printing no body apart (002) or of one body (003) has none", () => {
    expect([identities(SQ), identities(FS)]).toEqual([[], []]);
  });
});

const LINE_261 = `${QS},T02,261,,income,by_code,2101,其他行政事业单位,total,0.08,`;

describe("validateDataDir refuses a combined figure tagged to one body", () => {
  it("001 公开02表 line 261 (0.08 = 0.02 + 0.06) tagged to the bureau is combined-tagged-to-body", () => {
    const dir = corrupt(["summary.csv", LINE_261, LINE_261.replace(",261,,", ",261,210311-bureau,")]);
    expect(errorsOf(validateDataDir(dir).errors)).toEqual([
      error(
        "summary.csv",
        86,
        34,
        "combined-tagged-to-body",
        `${QS} T02 line 261 (2101 其他行政事业单位 0.08) is tagged to 210311-bureau but holds the bodies' combined figure (210311-bureau T05 line 376 0.02 + 210311-centre T05 line 384 0.06)`,
      ),
    ]);
  });

  it("a row of 001 tagged to a body the report does not cover is subunit-scope", () => {
    const row = `${QS},T05,374,210311-bureau,`;
    const dir = corrupt(["functional.csv", row, row.replace("210311-bureau,", "411624-centre,")]);
    expect(errorsOf(validateDataDir(dir).errors).filter((e) => e.rule === "subunit-scope")).toEqual([
      error("functional.csv", 52, 34, "subunit-scope", `${QS} covers 210311-bureau and 210311-centre`),
    ]);
  });

  it("a row of a one-body report (003) tagged to a body is subunit-scope", () => {
    const row = `${FS},T02,42,,class,`;
    const dir = corrupt(["functional.csv", row, row.replace(",42,,", ",42,210400-centre,")]);
    expect(errorsOf(validateDataDir(dir).errors).filter((e) => e.rule === "subunit-scope")).toEqual([
      error("functional.csv", 87, 34, "subunit-scope", `${FS} covers one body (scope own)`),
    ]);
  });
});
