import { PROJECT_NAMES } from "./codes.ts";
import { money, split, wholeWan } from "./money.ts";
import type { Profile } from "./profile.ts";
import type { Rng } from "./random.ts";

/** One functional 项 row, by the columns it can carry. */
export interface Line {
  wages: number;
  households: number;
  goods: number;
  capital: number;
  op: number;
  sp: number;
}

export const emptyLine = (): Line => ({ wages: 0, households: 0, goods: 0, capital: 0, op: 0, sp: 0 });

export interface Project {
  name: string;
  category: "特定目标类" | "其他运转类" | null;
  amount: number;
  code: string | null;
  description: string;
}

export interface ThreePublic {
  overseas: number;
  purchase: number;
  operation: number;
  reception: number;
}

/** One document's figures, all in cents of 万元. */
export interface Figures {
  total: number;
  /** 基本支出 (personnel and running costs) and 项目支出; they sum to the total. */
  basic: number;
  project: number;
  /** Basic spending by economic code (款 level, e.g. 30101). */
  econ: Map<string, number>;
  /** Spending by functional 项 code (e.g. 2101501). */
  items: Map<string, Line>;
  projects: Project[];
  three: ThreePublic;
  /** 结转结余 carried into and out of the year (the generator keeps the two equal). */
  carryover: number;
}

/** All the money on a functional row. */
export const lineTotal = (l: Line) => l.wages + l.households + l.goods + l.capital + l.op + l.sp;

/** Break a document's total (cents) into every table's figures; all parts sum exactly. */
export function makeFigures(
  rng: Rng,
  p: Profile,
  total: number,
  coreCap: number,
  year: number,
  final: boolean,
): Figures {
  // Non-pass-through spending is capped; the rest is pass-through money (fund subsidies, medical assistance).
  const core = total <= coreCap * 1.2 ? total : Math.round(coreCap);
  const passThrough = total - core;
  let op = p.opShare > 0 ? Math.round(core * p.opShare * rng.uniform(0.8, 1.2)) : 0;
  if (op > 0 && rng.chance(0.6)) op = wholeWan(op);
  op = Math.min(op, Math.floor(core * 0.6));
  const basic = core - op;

  // Economic classification of basic spending.
  const personnel = Math.round(basic * Math.min(0.97, p.personnelShare * rng.uniform(0.97, 1.03)));
  const goodsTotal = basic - personnel;
  const households = p.retirees || rng.chance(0.3) ? Math.round(personnel * rng.uniform(0.002, 0.04)) : 0;
  const wages = personnel - households;
  const econ = new Map<string, number>();
  const wageCodes = ["30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112", "30113", "30199"];
  const wageWeights = [
    40,
    34,
    p.institution ? 3 : 12,
    p.institution ? 14 : 0,
    14.5,
    p.annuity ? 5.5 : 0,
    5.2,
    rng.uniform(0.1, 0.6),
    10.8,
    rng.chance(0.3) ? rng.uniform(1, 8) : 0,
  ].map((w) => (w > 0 ? w * rng.uniform(0.9, 1.1) : 0));
  split(wages, wageWeights).forEach((v, i) => econ.set(wageCodes[i] as string, v));
  const householdCodes = ["30302", "30305", "30309"];
  const householdWeights = [p.retirees ? 70 : 0, rng.chance(0.3) ? 10 : 0, 20];
  split(households, householdWeights).forEach((v, i) => econ.set(householdCodes[i] as string, v));
  const goodsCodes = ["30201", ...p.goods, "30299"];
  const goodsWeights = goodsCodes.map(() => rng.logUniform(0.2, 5));
  const addGoods = (code: string, weight: number) => {
    goodsCodes.push(code);
    goodsWeights.push(weight);
  };
  if (p.vehicle) addGoods("30231", rng.uniform(0.5, 3));
  if (rng.chance(0.7)) addGoods("30217", rng.uniform(0.05, 0.8));
  if (p.overseas) addGoods("30212", rng.uniform(0.2, 2));
  split(goodsTotal, goodsWeights).forEach((v, i) => econ.set(goodsCodes[i] as string, v));

  // Functional classification: the social-insurance items mirror their economic codes; the rest is 行政/事业运行.
  const items = new Map<string, Line>();
  const line = (code: string): Line => {
    let l = items.get(code);
    if (!l) items.set(code, (l = emptyLine()));
    return l;
  };
  const get = (code: string) => econ.get(code) ?? 0;
  const run = p.institution ? "2101550" : "2101501";
  line("2080505").wages += get("30108");
  line("2080506").wages += get("30109");
  line(p.institution ? "2080502" : "2080501").households += get("30302");
  line(p.institution ? "2101102" : "2101101").wages += get("30110");
  line("2210201").wages += get("30113");
  let runWages = wages - get("30108") - get("30109") - get("30110") - get("30113");
  if (p.housingSubsidy) {
    const v = Math.round(runWages * rng.uniform(0.03, 0.08));
    line("2210203").wages += v;
    runWages -= v;
  }
  if (p.otherMedical) {
    const v = Math.round(runWages * rng.uniform(0.002, 0.01));
    line("2101199").wages += v;
    runWages -= v;
  }
  line(run).wages += runWages;
  line(run).households += households - get("30302");
  line(run).goods += goodsTotal;

  // Projects: operating projects on 21015 items, pass-through money on the unit's pass-through items.
  const projects: Project[] = [];
  const opCodes = p.opCodes.map((c) => (c === "2101501" ? run : c));
  const opParts = split(
    op,
    opCodes.map(() => rng.logUniform(0.3, 3)),
  );
  const ptParts = split(
    passThrough,
    p.ptWeights.map((w) => w * rng.uniform(0.8, 1.25)),
  );
  const projectName = (code: string) =>
    `${year}年${rng.pick(PROJECT_NAMES[code === "2101550" ? "2101501" : code] ?? ["专项工作经费"])}`;
  const describe = (amount: number) =>
    final
      ? `${year}年实际支出${money(amount)}万元，项目按计划实施。`
      : `${year}年安排资金${money(amount)}万元，保障医疗保障工作正常开展。`;
  opCodes.forEach((code, i) => {
    const amount = opParts[i] ?? 0;
    if (!amount) return;
    line(code).op += amount;
    const n = amount >= 2000 && rng.chance(0.5) ? 2 : 1;
    const shares = n === 2 ? split(amount, [rng.uniform(1, 3), 1]) : [amount];
    for (const s of shares)
      if (s)
        projects.push({
          name: projectName(code),
          category: p.projectCategories ? "其他运转类" : null,
          amount: s,
          code: p.projectCodes ? code : null,
          description: describe(s),
        });
  });
  p.ptCodes.forEach((code, i) => {
    const amount = ptParts[i] ?? 0;
    if (!amount) return;
    line(code).sp += amount;
    projects.push({
      name: projectName(code),
      category: p.projectCategories ? "特定目标类" : null,
      amount,
      code: p.projectCodes ? code : null,
      description: describe(amount),
    });
  });
  // Duplicate project names within a document read oddly; number them.
  const seen = new Map<string, number>();
  for (const pr of projects) {
    const k = (seen.get(pr.name) ?? 0) + 1;
    seen.set(pr.name, k);
    if (k > 1) pr.name = `${pr.name}（${k}）`;
  }

  const three: ThreePublic = {
    overseas: get("30212"),
    purchase: 0,
    operation: get("30231"),
    reception: get("30217"),
  };
  const carryover = final && rng.chance(0.25) ? Math.round(total * rng.uniform(0.001, 0.05)) : 0;
  return { total, basic, project: op + passThrough, econ, items, projects, three, carryover };
}

/** The 三公 total: overseas trips, vehicles (purchase and operation) and official receptions. */
export const threePublicTotal = (x: ThreePublic) => x.overseas + x.purchase + x.operation + x.reception;
