import { GOODS_OPTIONAL } from "./codes.ts";
import type { Rng } from "./random.ts";
import type { UnitSpec } from "./units.ts";

/** What stays the same for a unit across years. */
export interface Profile {
  /** 事业单位 use 2080502/2101102/2101550 and pay 30107 绩效工资. */
  institution: boolean;
  /** Column layout of the functional table: A = 人员/公用 columns, B = 工资福利/商品服务 and 运转类/特定目标类. */
  layout: "A" | "B";
  annuity: boolean;
  retirees: boolean;
  goods: string[];
  vehicle: boolean;
  overseas: boolean;
  opCodes: string[];
  ptCodes: string[];
  ptWeights: number[];
  personnelShare: number;
  opShare: number;
  /** Level of spending in the first year: total and the cap on non-pass-through spending. */
  total0: number;
  core0: number;
  housingSubsidy: boolean;
  otherMedical: boolean;
  projectCategories: boolean;
  projectCodes: boolean;
}

export function makeProfile(rng: Rng, unit: UnitSpec): Profile {
  const total0 = rng.logUniform(50, 60000) * 100;
  let core0 = rng.logUniform(40, unit.level === "prefecture" ? 3000 : 1500) * 100;
  // Bodies that pass large sums through still have staff in proportion (210400's centre: 1,200 of 58,149).
  if (total0 > core0 * 1.2) core0 = Math.min(Math.max(core0, total0 * rng.uniform(0.015, 0.06)), 3500 * 100);
  const ptPool = unit.centre
    ? ["2101202", "2101301", "2101103", "2109999", "2101201", "2101399"]
    : ["2101301", "2101202", "2101399", "2101103"];
  const ptCodes = rng.sample(ptPool, rng.int(1, unit.centre ? 4 : 2));
  return {
    institution: unit.institution,
    layout: rng.chance(0.7) ? "A" : "B",
    annuity: rng.chance(0.6),
    retirees: rng.chance(0.55),
    goods: rng.sample(GOODS_OPTIONAL, rng.int(3, 11)),
    vehicle: rng.chance(0.7),
    overseas: rng.chance(0.04),
    opCodes: rng.sample(["2101501", "2101502", "2101504", "2101506", "2101599"], rng.int(1, 3)),
    ptCodes,
    ptWeights: ptCodes.map(() => rng.logUniform(0.1, 10)),
    personnelShare: rng.uniform(0.78, 0.95),
    opShare: rng.chance(0.85) ? rng.uniform(0.03, 0.45) : 0,
    total0,
    core0,
    housingSubsidy: rng.chance(0.3),
    otherMedical: rng.chance(0.3),
    projectCategories: rng.chance(0.6),
    projectCodes: rng.chance(0.5),
  };
}
