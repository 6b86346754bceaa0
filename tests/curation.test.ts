/**
 * The curated rows against each report's printed checksums, read by a person from the source text
 * (../shared/seeds/<file>, table and line in each case). A typing slip in data/ fails here.
 */
import { describe, expect, it } from "vitest";
import { headlineTable } from "../src/lib/data/facts.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const report = validateDataDir("data");
const data = report.data;
if (!data) throw new Error("data/ must validate");

const CASES = [
  {
    // 000 表3 lines 311–337; 表6 line 410; 表7 line 456; 表9 lines 495–496
    doc: "210300-bureau-2024-budget",
    total: 593.4,
    basic: 448.29,
    project: 145.11,
    personnel: 424.29,
    public: 24.0,
    classes: { "208": 44.71, "210": 488.4, "221": 60.29 },
    econ: { personnel: 424.29, public: 24.0 },
    threePublic: 2.0,
    projects: 2,
  },
  {
    // 001 公开05表 line 372 (headline; 公开03表 misprints basic, finding F07); 公开01表 lines 219, 220, 230;
    // 公开06表 line 435; 公开09表 line 478; no project list printed
    doc: "210311-bureau-2024-final",
    total: 214.04,
    basic: 209.66,
    project: 4.38,
    personnel: null,
    public: null,
    classes: { "208": 24.28, "210": 172.93, "221": 16.82 },
    econ: { personnel: 198.29, public: 11.37 },
    threePublic: 1.06,
    projects: 0,
  },
  {
    // 002 预算03表 lines 251–260 (人员/公用 printed only as 工资福利 721.68 / 商品和服务 22.13); 预算01表 lines 192,
    // 194, 204; 预算06表 line 349; 预算08表 printed empty; 预算10表 11 projects
    doc: "411624-bureau-2024-budget",
    total: 3143.81,
    basic: 743.81,
    project: 2400.0,
    personnel: null,
    public: null,
    classes: { "208": 61.05, "210": 3055.1, "221": 27.66 },
    econ: { personnel: 729.89, public: 13.92 },
    threePublic: null,
    projects: 11,
  },
  {
    // 003 表3 lines 37–…; 表1 lines 17–19; 表6 合计; 表7; 表9 11 projects
    doc: "210400-centre-2024-budget",
    total: 58149.15,
    basic: 1199.64,
    project: 56949.51,
    personnel: 1054.56,
    public: 145.08,
    classes: { "208": 138.46, "210": 57918.77, "221": 91.92 },
    econ: { personnel: 1054.56, public: 145.08 },
    threePublic: 4.35,
    projects: 11,
  },
];

const close = (a: number, b: number, cells: number) => Math.abs(a - b) <= 0.005 * (cells + 1) + 1e-9;

describe.each(CASES)("curated rows of $doc", (c) => {
  const tables = data.tables.filter((t) => t.document_id === c.doc);
  const fTable = headlineTable(tables, ["expenditure", "functional_gpb", "functional_other"]);
  const rows = data.functional.filter((r) => r.document_id === c.doc && r.table_id === fTable?.table_id);
  const totalRow = rows.find((r) => r.row_kind === "total" && !r.subunit_id);

  it("the 合计 row holds the printed grand, basic and project totals", () => {
    expect(totalRow?.total).toBe(c.total);
    expect(totalRow?.basic).toBe(c.basic);
    expect(totalRow?.project).toBe(c.project);
    if (c.personnel !== null) expect(totalRow?.personnel).toBe(c.personnel);
    if (c.public !== null) expect(totalRow?.public).toBe(c.public);
  });

  it("each 类 total equals the sum of its curated 项 (within printed rounding)", () => {
    for (const [cls, printed] of Object.entries(c.classes)) {
      const items = rows.filter((r) => r.row_kind === "item" && r.code?.startsWith(cls));
      const sum = items.reduce((a, r) => a + (r.total ?? 0), 0);
      expect(close(sum, printed, items.length), `${cls}: Σ items ${sum.toFixed(2)} vs printed ${printed}`).toBe(true);
    }
  });

  it("the economic table's personnel and public totals are as printed", () => {
    const eTable = headlineTable(tables, ["economic"]);
    const econ = data.economic.filter(
      (r) => r.document_id === c.doc && r.table_id === eTable?.table_id && r.row_kind === "total",
    );
    const blocks = econ.some((r) => r.section);
    const personnel = blocks ? econ.find((r) => r.section === "personnel")?.total : econ[0]?.personnel;
    const pub = blocks ? econ.find((r) => r.section === "public")?.total : econ[0]?.public;
    expect(personnel).toBe(c.econ.personnel);
    expect(pub).toBe(c.econ.public);
  });

  it("the 三公 total is as printed (null = printed empty)", () => {
    const stage = data.documents.find((d) => d.document_id === c.doc)?.stage;
    const row = data.three_public.find((r) => r.document_id === c.doc && r.item === "total" && r.measure === stage);
    expect(row?.amount ?? null).toBe(c.threePublic);
  });

  it("the project list has the printed number of projects", () => {
    expect(data.projects.filter((p) => p.document_id === c.doc)).toHaveLength(c.projects);
  });

  it("every fact row cites a table of its document and a source line", () => {
    const ids = new Set(tables.map((t) => t.table_id));
    for (const r of [
      ...data.functional,
      ...data.economic,
      ...data.three_public,
      ...data.summary,
      ...data.projects,
    ].filter((r) => r.document_id === c.doc)) {
      expect(ids.has(r.table_id)).toBe(true);
      expect(r.line).toBeGreaterThan(0);
    }
  });
});
