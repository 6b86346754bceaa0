/**
 * The zod row schemas (src/lib/data/schema/) are the one source: the field specs the validator reads, the row types,
 * data/datapackage.json and data/README.md's column tables all come from them.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { loadDataPackage } from "../src/lib/data/datapackage.ts";
import type {
  DocumentId,
  FunctionalAmount,
  FunctionalRow,
  SummaryRow,
  Unit,
  UnitId,
  Wan,
} from "../src/lib/data/model.ts";
import { wan } from "../src/lib/data/schema/fields.ts";
import { schemaFiles } from "../src/lib/data/schema/files.ts";
import { FUNCTIONAL_AMOUNTS, RESOURCES } from "../src/lib/data/schema/index.ts";
import { withColumnTables } from "../src/lib/data/schema/readme.ts";
import { fieldSpec } from "../src/lib/data/schema/spec.ts";
import { validateDataDir } from "../src/lib/data/validate.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

describe("fieldSpec(name, zod schema)", () => {
  const cases: [string, z.ZodType, object][] = [
    ["required text", z.string().describe("d"), { type: "string", constraints: { required: true } }],
    ["nullable text (blank = null)", z.string().nullable().describe("d"), { type: "string" }],
    ["enum", z.enum(["a", "b"]).describe("d"), { type: "string", constraints: { required: true, enum: ["a", "b"] } }],
    [
      "pattern, nullable",
      z
        .string()
        .regex(/^T\d{2}$/)
        .nullable()
        .describe("d"),
      { type: "string", constraints: { pattern: "^T\\d{2}$" } },
    ],
    [
      "integer range",
      z.int().min(2000).max(2100).describe("d"),
      { type: "integer", constraints: { required: true, minimum: 2000, maximum: 2100 } },
    ],
    [
      "integer without bounds (zod's safe-integer bounds dropped)",
      z.int().nullable().describe("d"),
      { type: "integer" },
    ],
    ["money: 万元, nullable", wan.describe("d"), { type: "number", unit: "万元" }],
    ["plain number", z.number().describe("d"), { type: "number", constraints: { required: true } }],
  ];
  for (const [title, schema, expected] of cases)
    it(`fieldSpec reads ${title}`, () => {
      expect(fieldSpec("f", schema)).toEqual({ name: "f", description: "d", ...expected });
    });

  it("fieldSpec refuses what a CSV field cannot say: other types, unknown checks, no description", () => {
    expect(() => fieldSpec("f", z.boolean().describe("d"))).toThrow(/f: type "boolean"/);
    expect(() => fieldSpec("f", z.string().min(1).describe("d"))).toThrow(/f: cannot express minLength/);
    expect(() => fieldSpec("f", z.string())).toThrow(/f: has no description/);
  });
});

describe("the schema of data/", () => {
  it("data/datapackage.json and data/README.md are exactly what npm run schema writes", async () => {
    for (const file of await schemaFiles(ROOT))
      expect(readFileSync(`${ROOT}/${file.path}`, "utf8"), `${file.path}: run npm run schema`).toBe(file.text);
  });

  it("withColumnTables replaces only the text between the markers, and throws without them", async () => {
    const [, readme] = await schemaFiles(ROOT);
    const outside = (text: string) => text.replace(/<!-- schema:begin[^]*<!-- schema:end -->/, "");
    expect(outside(withColumnTables(readme?.text ?? "", "x"))).toBe(outside(readme?.text ?? ""));
    expect(() => withColumnTables("# no markers", "x")).toThrow(/needs the markers/);
  });

  it("every key names columns of its resource, and every foreign key a resource and its columns", () => {
    const { resources } = loadDataPackage();
    const columns = new Map(resources.map((r) => [r.name, r.schema.fields.map((f) => f.name)]));
    for (const r of resources) {
      expect(columns.get(r.name)).toEqual(expect.arrayContaining(r.schema.primaryKey));
      for (const fk of r.schema.foreignKeys) {
        expect(columns.get(r.name)).toEqual(expect.arrayContaining(fk.fields));
        expect(columns.get(fk.reference.resource), `${r.name} → ${fk.reference.resource}`).toEqual(
          expect.arrayContaining(fk.reference.fields),
        );
      }
    }
  });

  it("FUNCTIONAL_AMOUNTS are the 万元 columns of functional.csv, in column order", () => {
    const functional = loadDataPackage().resources.find((r) => r.name === "functional");
    const money = functional?.schema.fields.filter((f) => f.unit === "万元").map((f) => f.name);
    expect(money).toEqual([...FUNCTIONAL_AMOUNTS]);
  });

  it("every row the validator accepts from data/ parses with its zod row schema", () => {
    const data = validateDataDir("data").data;
    expect(data).not.toBeNull();
    for (const resource of RESOURCES) {
      const rows = data?.[resource.name] ?? [];
      expect(rows.length, resource.name).toBeGreaterThan(0);
      for (const row of rows) expect(resource.row.safeParse(row).error, resource.name).toBeUndefined();
    }
  });

  it("the inferred row types keep branded ids, money in 万元 and blank as null", () => {
    expectTypeOf<Unit["unit_id"]>().toEqualTypeOf<UnitId>();
    expectTypeOf<Unit["parent_id"]>().toEqualTypeOf<UnitId | null>();
    expectTypeOf<UnitId>().not.toEqualTypeOf<DocumentId>();
    expectTypeOf<FunctionalRow[FunctionalAmount]>().toEqualTypeOf<Wan>();
    expectTypeOf<number>().not.toExtend<Wan>();
    expectTypeOf<SummaryRow["column"]>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<SummaryRow["column"]>();
  });
});
