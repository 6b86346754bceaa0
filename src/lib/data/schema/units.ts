import { z } from "zod";
import { notes, unitId } from "./fields.ts";
import { resource } from "./resource.ts";

/** One row per reporting body. */
export const units = resource({
  name: "units",
  path: "units.csv",
  description: "报告主体 / reporting bodies",
  row: z.object({
    unit_id: unitId.describe("单位编号：行政区划代码-类型 / division code + body type (e.g. 210300-bureau)"),
    name_zh: z.string().describe("中文名称 / Chinese name"),
    name_en: z.string().describe("英文名称 / English name"),
    kind: z
      .enum(["administrative", "civil_service_managed", "public_institution"])
      .describe("单位性质：行政 administrative / 参公 civil_service_managed / 事业 public_institution"),
    level: z.enum(["province", "prefecture", "county", "district"]).describe("行政层级 / administrative level"),
    division_code: z
      .string()
      .regex(/^\d{6}$/)
      .describe("行政区划代码 / administrative division code"),
    province_zh: z.string().describe("省 / province"),
    province_en: z.string().describe("province (English)"),
    prefecture_zh: z.string().nullable().describe("地级市 / prefecture"),
    prefecture_en: z.string().nullable().describe("prefecture (English)"),
    county_zh: z.string().nullable().describe("县/区 / county or district"),
    county_en: z.string().nullable().describe("county or district (English)"),
    parent_id: unitId.nullable().describe("上级单位（空白：无）/ parent body (blank: none)"),
    notes,
  }),
  primaryKey: ["unit_id"],
  foreignKeys: [{ fields: ["parent_id"], reference: { resource: "units", fields: ["unit_id"] } }],
});
