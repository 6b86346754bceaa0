/**
 * The site's data/datapackage.json read as a third party would, with frictionlessdata's JavaScript implementation
 * (datapackage, tableschema): the descriptor validates against the bundled tabular-data-package profile, and every
 * row of every published CSV casts with its Table Schema (types, constraints, primary and foreign keys). Offline:
 * profiles come from the package itself, and any HTTP request fails the test.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../src/lib/data/validate.ts";
import { ROOT_OUT } from "./setup/global.ts";

interface Resource {
  name: string;
  descriptor: { path: string; schema: object };
  read(options: { forceCast?: boolean; relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
}
interface Package {
  valid: boolean;
  errors: Error[];
  resources: Resource[];
  getResource(name: string): Resource | null;
}
interface Table {
  read(options: { forceCast: boolean; relations: object }): Promise<unknown[]>;
}
const require = createRequire(import.meta.url);
const { Package } = require("datapackage") as {
  Package: { load(descriptor: object, options: { basePath: string }): Promise<Package> };
};
const { Table } = require("tableschema") as {
  Table: { load(path: string, options: { schema: object; delimiter: string; bom: boolean }): Promise<Table> };
};

const DATA = join(ROOT_OUT, "data");
const published = () => JSON.parse(readFileSync(join(DATA, "datapackage.json"), "utf8")) as { resources: object[] };

// Any request (a remote profile or schema) is recorded and refused.
const requests: string[] = [];
const saved = { http: http.request, https: https.request, httpGet: http.get, httpsGet: https.get };
const refuse = (target: unknown): never => {
  requests.push(target instanceof URL ? target.href : String((target as { hostname?: string }).hostname ?? target));
  throw new Error("network access in a test");
};
beforeAll(() => {
  http.request = http.get = https.request = https.get = refuse as typeof http.request;
});
afterAll(() => {
  Object.assign(http, { request: saved.http, get: saved.httpGet });
  Object.assign(https, { request: saved.https, get: saved.httpsGet });
});

/** Each row that fails to cast is an Error in place of the row (forceCast), with the reason(s) inside. */
const problems = (name: string, rows: unknown[]) =>
  rows.flatMap((row) =>
    row instanceof Error
      ? [`${name}: ${row.message} ${((row as Error & { errors?: Error[] }).errors ?? []).map(String).join("; ")}`]
      : [],
  );

/** metrics.csv starts with a BOM (for spreadsheets); tableschema's CSV parser keeps it unless told (others strip it). */
async function readMetrics(pkg: Package): Promise<unknown[]> {
  const relations = {
    units: await pkg.getResource("units")?.read({ keyed: true }),
    documents: await pkg.getResource("documents")?.read({ keyed: true }),
  };
  const metrics = pkg.getResource("metrics");
  if (!metrics) throw new Error("no metrics resource");
  const table = await Table.load(join(DATA, metrics.descriptor.path), {
    schema: metrics.descriptor.schema,
    delimiter: ",",
    bom: true,
  });
  return table.read({ forceCast: true, relations });
}

describe("the published datapackage.json with frictionless' datapackage and tableschema", () => {
  it("is the committed data/datapackage.json plus the attribution and the metrics resource", () => {
    const committed = JSON.parse(readFileSync("data/datapackage.json", "utf8")) as { resources: object[] };
    const { attribution, ...site } = published() as { attribution?: string; resources: { name: string }[] };
    expect(attribution).toMatch(/CC BY 4.0/);
    expect(site.resources.map((r) => r.name).at(-1)).toBe("metrics");
    expect({ ...site, resources: site.resources.slice(0, -1) }).toEqual(committed);
  });

  it("Package.load validates the descriptor against the tabular-data-package profile with 0 errors", async () => {
    const pkg = await Package.load(published(), { basePath: DATA });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources).toHaveLength(12);
  });

  it("every row of every resource casts with its Table Schema, keys and foreign keys: 0 errors", async () => {
    const pkg = await Package.load(published(), { basePath: DATA });
    const data = validateDataDir("data").data;
    const counts: Record<string, number> = {};
    const errors: string[] = [];
    for (const resource of pkg.resources) {
      const rows =
        resource.name === "metrics"
          ? await readMetrics(pkg)
          : await resource.read({ forceCast: true, relations: true });
      counts[resource.name] = rows.length;
      errors.push(...problems(resource.name, rows));
    }
    expect(errors).toEqual([]);
    // The same rows our own validator read (and metrics.csv's data lines): nothing skipped or merged.
    const expected = Object.fromEntries(Object.entries(data ?? {}).map(([name, rows]) => [name, rows.length]));
    const metricLines = readFileSync(join(DATA, "metrics.csv"), "utf8").trimEnd().split("\n").length - 1;
    expect(counts).toEqual({ ...expected, metrics: metricLines });
    expect(Object.values(counts).reduce((a, b) => a + b)).toBeGreaterThan(1000);
    expect(requests).toEqual([]);
  });

  it("reports rows that break a constraint or a foreign key (the check can fail)", async () => {
    type Schema = { fields: object[]; foreignKeys: { reference: object }[] };
    const broken = async (name: string, breakSchema: (schema: Schema) => void) => {
      const descriptor = published() as { resources: { name: string; schema: Schema }[] };
      const resource = descriptor.resources.find((r) => r.name === name);
      if (resource) breakSchema(resource.schema);
      const pkg = await Package.load(descriptor, { basePath: DATA });
      return problems(name, (await pkg.getResource(name)?.read({ forceCast: true, relations: true })) ?? []);
    };
    const statusOnlyData = await broken("tables", (schema) =>
      schema.fields.splice(6, 1, { name: "status", type: "string", constraints: { enum: ["data"] } }),
    );
    expect(statusOnlyData.length).toBeGreaterThan(0);
    // functional's subunit_id → units.unit_id, pointed at documents instead.
    const subunitToDocuments = await broken("functional", (schema) => {
      const fk = schema.foreignKeys[1];
      if (fk) fk.reference = { resource: "documents", fields: ["document_id"] };
    });
    expect(subunitToDocuments.length).toBeGreaterThan(0);
  });
});
