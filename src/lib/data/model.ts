/**
 * Typed rows of the curated tables, inferred from the zod row schemas in ./schema/ (where each field's meaning, unit
 * and source are written once). Amounts are 万元 as printed; `null` is a blank cell (never zero).
 */
import type { z } from "zod";
import type { classCode, documentId, unitId, wan } from "./schema/fields.ts";
import { FUNCTIONAL_AMOUNTS, type RESOURCES } from "./schema/index.ts";

export type UnitId = z.infer<typeof unitId>;
export type DocumentId = z.infer<typeof documentId>;
/** A functional (3/5/7-digit) or economic (3/5-digit) classification code. */
export type ClassCode = z.infer<ReturnType<typeof classCode>>;
/** Money in 万元 (10,000 yuan); `null` = blank cell. */
export type Wan = z.infer<typeof wan>;

type Resources = (typeof RESOURCES)[number];

/** Every curated table, typed. The loader is the only producer of this object. */
export type Dataset = { [R in Resources as R["name"]]: z.infer<R["row"]>[] };
export type ResourceName = keyof Dataset;

export type Unit = Dataset["units"][number];
export type DocumentRow = Dataset["documents"][number];
export type TableRow = Dataset["tables"][number];
export type FunctionalRow = Dataset["functional"][number];
export type EconomicRow = Dataset["economic"][number];
export type ThreePublicRow = Dataset["three_public"][number];
export type SummaryRow = Dataset["summary"][number];
export type ProjectRow = Dataset["projects"][number];
export type ProjectTotalRow = Dataset["project_totals"][number];
export type PerformanceRow = Dataset["performance"][number];
export type PerformanceIndicatorRow = Dataset["performance_indicators"][number];
export type ClaimRow = Dataset["claims"][number];
export type FindingRow = Dataset["findings"][number];

export type Stage = DocumentRow["stage"];
export type TableRole = TableRow["role"];
export type ThreePublicItem = ThreePublicRow["item"];
export type ClaimKind = ClaimRow["kind"];

export { FUNCTIONAL_AMOUNTS };
export type FunctionalAmount = (typeof FUNCTIONAL_AMOUNTS)[number];
