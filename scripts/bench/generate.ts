/**
 * Synthetic benchmark data in exactly data/'s layout (the ten CSVs of data/datapackage.json, headers taken from it,
 * plus a copy of datapackage.json), for timing the validator and the site at scale:
 *
 *   node scripts/bench/generate.ts --units 100 --years 5 --seed 1 --out /tmp/x [--end-year 2024]
 *
 * Units are a realistic mix of prefecture bureaus, their county/district bureaus and service centres; every unit
 * gets a budget and a final document per year, shaped and sized like the curated documents (functional table
 * printed twice, economic table, 三公, income/expenditure summaries, projects, narrative claims). All money is
 * computed in integer cents of 万元 so every identity the validator checks holds exactly. A seeded PRNG makes
 * runs byte-identical, and a unit's figures do not depend on how many units are generated. Refuses to write
 * anywhere inside this repository.
 */
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, writeFileSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { csvCell } from "../../src/lib/data/csv.ts";
import { loadDataPackage } from "../../src/lib/data/datapackage.ts";

export interface GenerateOptions {
  units: number;
  years: number;
  seed: number;
  dir: string;
  /** Last fiscal year generated (default 2024). */
  endYear?: number;
}

export interface GenerateResult {
  dir: string;
  units: number;
  documents: number;
  /** Data rows written per resource (header excluded). */
  rows: Record<string, number>;
  bytes: number;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

type Cell = string | number | null;
type Row = Record<string, Cell>;

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------------------------

/** mulberry32: small, fast, good enough for test data; same seed → same stream on every platform. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mix two integers into a 32-bit seed (so each unit has its own stream, independent of the unit count). */
function mixSeed(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  logUniform(lo: number, hi: number): number {
    return Math.exp(this.uniform(Math.log(lo), Math.log(hi)));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** k distinct items, in their original order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const idx = items.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
    }
    return idx
      .slice(0, Math.min(k, items.length))
      .sort((a, b) => a - b)
      .map((i) => items[i] as T);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Money in integer cents of 万元
// ---------------------------------------------------------------------------------------------------------------

/** Cents → "1234.56" (never via floating point). */
function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A body cell: zero is printed blank, as in the published tables. */
const cell = (cents: number): string | null => (cents === 0 ? null : money(cents));

/** Split `total` cents into parts proportional to `weights`; the parts sum exactly to `total`. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total === 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % parts.length, rest--) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}

/** Round cents to whole 万元 (project appropriations usually are). */
const wholeWan = (cents: number) => Math.round(cents / 100) * 100;

// ---------------------------------------------------------------------------------------------------------------
// Names and places
// ---------------------------------------------------------------------------------------------------------------

/** Provinces with prefectures (the four municipalities are left out: they have no prefecture level). */
const PROVINCES: readonly [code: string, zh: string, en: string][] = [
  ["13", "河北省", "Hebei"],
  ["14", "山西省", "Shanxi"],
  ["15", "内蒙古自治区", "Inner Mongolia"],
  ["21", "辽宁省", "Liaoning"],
  ["22", "吉林省", "Jilin"],
  ["23", "黑龙江省", "Heilongjiang"],
  ["32", "江苏省", "Jiangsu"],
  ["33", "浙江省", "Zhejiang"],
  ["34", "安徽省", "Anhui"],
  ["35", "福建省", "Fujian"],
  ["36", "江西省", "Jiangxi"],
  ["37", "山东省", "Shandong"],
  ["41", "河南省", "Henan"],
  ["42", "湖北省", "Hubei"],
  ["43", "湖南省", "Hunan"],
  ["44", "广东省", "Guangdong"],
  ["45", "广西壮族自治区", "Guangxi"],
  ["46", "海南省", "Hainan"],
  ["51", "四川省", "Sichuan"],
  ["52", "贵州省", "Guizhou"],
  ["53", "云南省", "Yunnan"],
  ["54", "西藏自治区", "Xizang"],
  ["61", "陕西省", "Shaanxi"],
  ["62", "甘肃省", "Gansu"],
  ["63", "青海省", "Qinghai"],
  ["64", "宁夏回族自治区", "Ningxia"],
  ["65", "新疆维吾尔自治区", "Xinjiang"],
];

const SYLLABLES: readonly [zh: string, pinyin: string][] = [
  ["安", "an"],
  ["宝", "bao"],
  ["昌", "chang"],
  ["城", "cheng"],
  ["春", "chun"],
  ["大", "da"],
  ["德", "de"],
  ["东", "dong"],
  ["丰", "feng"],
  ["福", "fu"],
  ["广", "guang"],
  ["海", "hai"],
  ["河", "he"],
  ["华", "hua"],
  ["怀", "huai"],
  ["惠", "hui"],
  ["嘉", "jia"],
  ["建", "jian"],
  ["江", "jiang"],
  ["金", "jin"],
  ["靖", "jing"],
  ["康", "kang"],
  ["乐", "le"],
  ["临", "lin"],
  ["龙", "long"],
  ["茂", "mao"],
  ["明", "ming"],
  ["南", "nan"],
  ["宁", "ning"],
  ["平", "ping"],
  ["清", "qing"],
  ["泉", "quan"],
  ["仁", "ren"],
  ["山", "shan"],
  ["顺", "shun"],
  ["泰", "tai"],
  ["通", "tong"],
  ["武", "wu"],
  ["西", "xi"],
  ["祥", "xiang"],
  ["新", "xin"],
  ["兴", "xing"],
  ["阳", "yang"],
  ["义", "yi"],
  ["永", "yong"],
  ["远", "yuan"],
  ["云", "yun"],
  ["正", "zheng"],
  ["沙", "sha"],
  ["石", "shi"],
  ["水", "shui"],
  ["桃", "tao"],
  ["田", "tian"],
  ["汉", "han"],
  ["合", "he"],
  ["湖", "hu"],
  ["吉", "ji"],
  ["林", "lin"],
  ["秀", "xiu"],
  ["峰", "feng"],
  ["溪", "xi"],
  ["岳", "yue"],
  ["白", "bai"],
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A place name from 2 (rarely 3) syllables, unique within `taken`. */
function placeName(rng: Rng, taken: Set<string>): { zh: string; en: string } {
  for (let attempt = 0; ; attempt++) {
    const n = attempt > 20 || rng.chance(0.05) ? 3 : 2;
    const parts = Array.from({ length: n }, () => rng.pick(SYLLABLES));
    const zh = parts.map((p) => p[0]).join("");
    if (taken.has(zh) || new Set(zh).size < zh.length) continue;
    taken.add(zh);
    // Pinyin joins syllables; an apostrophe marks a vowel-initial syllable (Xi'an).
    const en = parts.map((p, i) => (i > 0 && /^[aeo]/.test(p[1]) ? `'${p[1]}` : p[1])).join("");
    return { zh, en: capitalise(en) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Classification codes
// ---------------------------------------------------------------------------------------------------------------

const FUNCTIONAL_NAMES: Record<string, string> = {
  "208": "社会保障和就业支出",
  "20805": "行政事业单位养老支出",
  "2080501": "行政单位离退休",
  "2080502": "事业单位离退休",
  "2080505": "机关事业单位基本养老保险缴费支出",
  "2080506": "机关事业单位职业年金缴费支出",
  "210": "卫生健康支出",
  "21011": "行政事业单位医疗",
  "2101101": "行政单位医疗",
  "2101102": "事业单位医疗",
  "2101103": "公务员医疗补助",
  "2101199": "其他行政事业单位医疗支出",
  "21012": "财政对基本医疗保险基金的补助",
  "2101201": "财政对职工基本医疗保险基金的补助",
  "2101202": "财政对城乡居民基本医疗保险基金的补助",
  "21013": "医疗救助",
  "2101301": "城乡医疗救助",
  "2101399": "其他医疗救助支出",
  "21015": "医疗保障管理事务",
  "2101501": "行政运行",
  "2101502": "一般行政管理事务",
  "2101504": "信息化建设",
  "2101506": "医疗保障经办事务",
  "2101550": "事业运行",
  "2101599": "其他医疗保障管理事务支出",
  "21099": "其他卫生健康支出",
  "2109999": "其他卫生健康支出",
  "221": "住房保障支出",
  "22102": "住房改革支出",
  "2210201": "住房公积金",
  "2210203": "购房补贴",
};

const ECONOMIC_NAMES: Record<string, string> = {
  "301": "工资福利支出",
  "30101": "基本工资",
  "30102": "津贴补贴",
  "30103": "奖金",
  "30107": "绩效工资",
  "30108": "机关事业单位基本养老保险缴费",
  "30109": "职业年金缴费",
  "30110": "职工基本医疗保险缴费",
  "30112": "其他社会保障缴费",
  "30113": "住房公积金",
  "30199": "其他工资福利支出",
  "302": "商品和服务支出",
  "30201": "办公费",
  "30202": "印刷费",
  "30205": "水费",
  "30206": "电费",
  "30207": "邮电费",
  "30208": "取暖费",
  "30209": "物业管理费",
  "30211": "差旅费",
  "30212": "因公出国（境）费用",
  "30213": "维修（护）费",
  "30216": "培训费",
  "30217": "公务接待费",
  "30226": "劳务费",
  "30228": "工会经费",
  "30229": "福利费",
  "30231": "公务用车运行维护费",
  "30239": "其他交通费用",
  "30299": "其他商品和服务支出",
  "303": "对个人和家庭的补助",
  "30302": "退休费",
  "30305": "生活补助",
  "30309": "奖励金",
};

/** Optional 302 items (30201 and 30299 are always present; 30212/30217/30231 follow the unit's 三公 profile). */
const GOODS_OPTIONAL = [
  "30202",
  "30205",
  "30206",
  "30207",
  "30208",
  "30209",
  "30211",
  "30213",
  "30216",
  "30226",
  "30228",
  "30229",
  "30239",
];

const PROJECT_NAMES: Record<string, readonly string[]> = {
  "2101501": ["劳务派遣人员经费", "政府采购劳务派遣工作经费", "聘用人员经费"],
  "2101502": ["医保政策宣传工作经费", "行政办公、办案工作经费", "医疗服务价格工作经费"],
  "2101504": ["医保信息化建设运维经费", "医保监管网络安全经费", "国家医保信息平台运维经费"],
  "2101506": ["医保经办服务经费", "异地就医结算经办经费", "医保基金运行费"],
  "2101599": ["医保基金监管经费", "基金监管工作经费（专项督查）", "医疗救助工作经费", "职工居民基本医疗保险工作经费"],
  "2101103": ["公务员医疗补助"],
  "2101201": ["财政对职工基本医疗保险基金补助资金"],
  "2101202": [
    "城乡居民基本医疗保险补助资金",
    "下达城乡居民基本医疗保险补助中央资金",
    "下达省财政城乡居民基本医疗保险补助资金",
  ],
  "2101301": ["城乡医疗救助", "下达中央财政医疗救助补助资金", "下达省财政城乡医疗救助补助资金"],
  "2101399": ["其他医疗救助资金"],
  "2109999": ["离休干部医药费"],
};

// ---------------------------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------------------------

interface UnitSpec {
  row: Row;
  id: string;
  nameZh: string;
  institution: boolean;
  /** Service centre or bureau; decides how likely large pass-through items are. */
  centre: boolean;
  level: "prefecture" | "county" | "district";
  scopeUnits: string;
  scope: "own" | "consolidated";
}

/** Build exactly `count` units: prefecture bureau, its centre, then its counties/districts (bureau, centre). */
function makeUnits(count: number, seed: number): UnitSpec[] {
  const rng = new Rng(mixSeed(seed, 0x5eed));
  const units: UnitSpec[] = [];
  const prefectureNames = new Set<string>();
  const prefectureCount = new Map<string, number>();
  let province = 0;
  const add = (u: UnitSpec) => {
    if (units.length < count) units.push(u);
  };
  while (units.length < count) {
    const [pcode, pzh, pen] = PROVINCES[province % PROVINCES.length] as [string, string, string];
    province++;
    const seq = (prefectureCount.get(pcode) ?? 0) + 1;
    if (seq > 99) throw new Error(`too many units: province ${pzh} ran out of prefecture codes`);
    prefectureCount.set(pcode, seq);
    const prefCode = `${pcode}${String(seq).padStart(2, "0")}00`;
    const pref = placeName(rng, prefectureNames);
    const place = { province_zh: pzh, province_en: pen, prefecture_zh: `${pref.zh}市`, prefecture_en: pref.en };
    const bureauId = `${prefCode}-bureau`;
    const notes = `Synthetic benchmark unit (seed ${seed})`;
    const bureau = (
      id: string,
      code: string,
      zh: string,
      en: string,
      level: UnitSpec["level"],
      parent: string | null,
      extra: Row,
    ): UnitSpec => ({
      row: {
        unit_id: id,
        name_zh: zh,
        name_en: en,
        kind: "administrative",
        level,
        division_code: code,
        ...place,
        ...extra,
        parent_id: parent,
        notes,
      },
      id,
      nameZh: zh,
      institution: false,
      centre: false,
      level,
      scopeUnits: id,
      scope: "own",
    });
    const centre = (parentUnit: UnitSpec, code: string, zhPlace: string, enPlace: string, extra: Row): UnitSpec => {
      const id = `${code}-centre`;
      const affairs = rng.chance(0.3);
      const zh = `${zhPlace}医疗保障${affairs ? "事务" : ""}服务中心`;
      const en = `${enPlace} Healthcare Security ${affairs ? "Affairs " : ""}Service Centre`;
      const kind = rng.chance(0.8) ? "public_institution" : "civil_service_managed";
      // A bureau sometimes publishes one consolidated report covering its centre (as 411624 does).
      if (rng.chance(0.15)) {
        parentUnit.scope = "consolidated";
        parentUnit.scopeUnits = `${parentUnit.id};${id}`;
      }
      return {
        row: {
          unit_id: id,
          name_zh: zh,
          name_en: en,
          kind,
          level: parentUnit.level,
          division_code: code,
          ...place,
          ...extra,
          parent_id: parentUnit.id,
          notes,
        },
        id,
        nameZh: zh,
        institution: kind === "public_institution",
        centre: true,
        level: parentUnit.level,
        scopeUnits: id,
        scope: "own",
      };
    };
    const prefBureau = bureau(
      bureauId,
      prefCode,
      `${pref.zh}市医疗保障局`,
      `${pref.en} Municipal Healthcare Security Administration`,
      "prefecture",
      null,
      {},
    );
    add(prefBureau);
    if (units.length < count && rng.chance(0.85))
      add(centre(prefBureau, prefCode, `${pref.zh}市`, `${pref.en} Municipal`, {}));
    const countyNames = new Set<string>([pref.zh]);
    const districts = rng.int(1, 4);
    const counties = rng.int(2, 9);
    for (let i = 0; i < districts + counties; i++) {
      const isDistrict = i < districts;
      const code = `${prefCode.slice(0, 4)}${String(isDistrict ? 2 + i : 21 + i - districts).padStart(2, "0")}`;
      const name = placeName(rng, countyNames);
      const zhPlace = `${name.zh}${isDistrict ? "区" : "县"}`;
      const enPlace = `${name.en} ${isDistrict ? "District" : "County"}`;
      const extra = { county_zh: zhPlace, county_en: enPlace };
      const level = isDistrict ? "district" : "county";
      const b = bureau(
        `${code}-bureau`,
        code,
        `${zhPlace}医疗保障局`,
        `${enPlace} Healthcare Security Administration`,
        level,
        bureauId,
        extra,
      );
      add(b);
      if (units.length < count && rng.chance(0.6)) add(centre(b, code, zhPlace, enPlace, extra));
    }
  }
  return units;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures of one document
// ---------------------------------------------------------------------------------------------------------------

/** One functional 项 row, by the columns it can carry. */
interface Line {
  wages: number;
  households: number;
  goods: number;
  capital: number;
  op: number;
  sp: number;
}

const emptyLine = (): Line => ({ wages: 0, households: 0, goods: 0, capital: 0, op: 0, sp: 0 });

interface Project {
  name: string;
  category: "特定目标类" | "其他运转类" | null;
  amount: number;
  code: string | null;
  description: string;
}

interface ThreePublic {
  overseas: number;
  purchase: number;
  operation: number;
  reception: number;
}

interface Figures {
  total: number;
  basic: number;
  project: number;
  econ: Map<string, number>;
  items: Map<string, Line>;
  projects: Project[];
  three: ThreePublic;
  carryover: number;
}

/** What stays the same for a unit across years. */
interface Profile {
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

function makeProfile(rng: Rng, unit: UnitSpec): Profile {
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

/** Break a document's total (cents) into every table's figures; all parts sum exactly. */
function makeFigures(rng: Rng, p: Profile, total: number, coreCap: number, year: number, final: boolean): Figures {
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

// ---------------------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------------------

/** Buffered writer of one resource: header from the schema, cells quoted as RFC 4180 needs. */
class CsvWriter {
  readonly fields: string[];
  readonly fd: number;
  rows = 0;
  bytes = 0;
  private chunks: string[] = [];
  private pending = 0;
  constructor(path: string, fields: string[]) {
    this.fields = fields;
    this.fd = openSync(path, "w");
    this.push(fields.map(csvCell).join(",") + "\n");
  }
  row(values: Row): void {
    let text = "";
    for (let i = 0; i < this.fields.length; i++) {
      if (i) text += ",";
      text += csvCell(values[this.fields[i] as string] ?? null);
    }
    this.rows++;
    this.push(text + "\n");
  }
  private push(text: string): void {
    this.chunks.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }
  flush(): void {
    if (!this.chunks.length) return;
    const buf = Buffer.from(this.chunks.join(""), "utf8");
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.chunks = [];
    this.pending = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

type Writers = Record<
  | "units"
  | "documents"
  | "tables"
  | "functional"
  | "economic"
  | "three_public"
  | "summary"
  | "projects"
  | "claims"
  | "findings",
  CsvWriter
>;

/** Refuse the repository (and its data/) as a destination, including through symlinks. */
export function assertOutsideRepo(dir: string): string {
  const target = resolve(dir);
  let probe = target;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  const real = join(realpathSync(probe), relative(probe, target));
  const repo = realpathSync(REPO_ROOT);
  const rel = relative(repo, real);
  if (rel === "" || (!rel.startsWith("..") && !isAbsolute(rel)))
    throw new Error(
      `refusing to write synthetic data inside the repository (${real}); use a directory under the OS temp dir`,
    );
  return target;
}

interface DocContext {
  unit: UnitSpec;
  year: number;
  final: boolean;
  id: string;
  fig: Figures;
  budget: Figures | null;
  prior: Figures;
  layout: Profile["layout"];
  institution: boolean;
}

const FUNCTIONAL_TITLES = {
  budget: [
    ["支出预算总表", "expenditure"],
    ["一般公共预算支出表", "functional_gpb"],
  ],
  final: [
    ["支出决算表", "expenditure"],
    ["一般公共预算财政拨款支出决算表", "functional_gpb"],
  ],
} as const;

/** Write one document: its documents/tables rows and every table's rows, lines numbered as in a source text. */
function writeDocument(w: Writers, c: DocContext): void {
  const { unit, year, final, id, fig } = c;
  const stageZh = final ? "决算" : "预算";
  w.documents.row({
    document_id: id,
    unit_id: unit.id,
    fiscal_year: year,
    stage: final ? "final" : "budget",
    scope: unit.scope,
    scope_units: unit.scopeUnits,
    title_zh: final
      ? `${unit.nameZh}${year}年度部门决算`
      : `${unit.nameZh}${year}年${unit.centre ? "单位" : "部门"}预算`,
    title_en: `${String(unit.row["name_en"])}: ${year} ${final ? "final accounts" : "budget"}${unit.scope === "consolidated" ? " (consolidated)" : ""}`,
    money_unit: "万元",
    source_file: `synthetic/${id}.txt`,
    source_note: "Synthetic benchmark data (scripts/bench/generate.ts)",
    notes: null,
  });

  const claims: Row[] = [];
  let line = 20;
  const claim = (
    subject: string,
    kind: string,
    amount: string,
    unit: string,
    quote: string,
    comparedTo: string | null = null,
  ) =>
    claims.push({
      document_id: id,
      claim_id: `C${String(claims.length + 1).padStart(3, "0")}`,
      line: (line += 2),
      subject,
      fiscal_year: year,
      stage: final ? "final" : "budget",
      kind,
      amount,
      unit,
      compared_to: comparedTo,
      quote,
    });
  const diff = fig.total - c.prior.total;
  const pct = Math.round((diff * 10000) / c.prior.total);
  claim("total_expenditure", "level", money(fig.total), "万元", `${year}年支出${stageZh}总计${money(fig.total)}万元`);
  claim(
    "total_expenditure",
    "change",
    money(diff),
    "万元",
    `比上年${diff < 0 ? "减少" : "增加"}${money(Math.abs(diff))}万元`,
    final ? "prior_year" : "prior_year_budget",
  );
  claim(
    "total_expenditure",
    "pct_change",
    money(pct),
    "percent",
    `${pct < 0 ? "下降" : "增长"}${money(Math.abs(pct))}%`,
    final ? "prior_year" : "prior_year_budget",
  );
  claim("basic_expenditure", "level", money(fig.basic), "万元", `基本支出${money(fig.basic)}万元`);
  claim("project_expenditure", "level", money(fig.project), "万元", `项目支出${money(fig.project)}万元`);
  const health = [...fig.items]
    .filter(([k]) => k.startsWith("210"))
    .reduce((a, [, l]) => a + l.wages + l.households + l.goods + l.capital + l.op + l.sp, 0);
  claim("class:210", "level", money(health), "万元", `其中卫生健康支出${money(health)}万元`);
  const threeTotal = fig.three.overseas + fig.three.purchase + fig.three.operation + fig.three.reception;
  claim("three_public_total", "level", money(threeTotal), "万元", `“三公”经费${stageZh}数${money(threeTotal)}万元`);
  if (final && c.budget) {
    const rate = Math.round((fig.total * 10000) / c.budget.total);
    claim(
      "total_expenditure",
      "execution_rate",
      money(rate),
      "percent",
      `支出决算为年初预算的${money(rate)}%`,
      "budget",
    );
  }
  for (const r of claims) w.claims.row(r);

  // Tables, in the order a report prints them.
  line = 200;
  let tableNo = 0;
  const table = (
    title: string,
    role: string,
    status: "data" | "printed_empty" | "not_in_document",
    body: (first: number) => number,
  ) => {
    tableNo++;
    const tableId = `T${String(tableNo).padStart(2, "0")}`;
    const start = line;
    line += 4; // title, unit line, header rows
    const end = status === "not_in_document" ? null : body(line);
    w.tables.row({
      document_id: id,
      table_id: tableId,
      table_no: status === "not_in_document" ? null : `表${tableNo}`,
      title: `${final ? "" : year + "年"}${title}`,
      line_start: start,
      line_end: end,
      status,
      role,
      headline: null,
      notes: null,
    });
    line = (end ?? start) + 2;
    return tableId;
  };
  const tid = () => `T${String(tableNo).padStart(2, "0")}`;

  const classTotals = functionalRollup(fig.items);
  const classes = [...classTotals.entries()].filter(([code]) => code.length === 3);

  // T01 收支总表
  table(final ? "收入支出决算总表" : "收支预算总表", "summary", "data", (first) => {
    const t = tid();
    const incomeItems: [string, string, number][] = [
      ["general_budget", "一、一般公共预算财政拨款收入", fig.total],
      ["government_fund", "二、政府性基金预算财政拨款收入", 0],
      ["state_capital", "三、国有资本经营预算财政拨款收入", 0],
      ["fiscal_special_account", "四、财政专户管理资金收入", 0],
      ["unit_funds", "五、单位资金收入", 0],
      ["business_income", "（一）事业收入", 0],
      ["operating_income", "（二）事业单位经营收入", 0],
      ["superior_subsidy", "（三）上级补助收入", 0],
      ["subsidiary_remittance", "（四）附属单位上缴收入", 0],
      ["other_income", "（五）其他收入", 0],
    ];
    const s = (l: number, side: string, item: string, name: string, amount: number, code: string | null = null) =>
      w.summary.row({
        document_id: id,
        table_id: t,
        line: l,
        side,
        item,
        code,
        name,
        column: "amount",
        amount: cell(amount),
      });
    incomeItems.forEach(([item, name, amount], i) => {
      s(first + i, "income", item, name, amount);
      const cls = classes[i];
      if (cls)
        s(
          first + i,
          "expenditure",
          "class",
          `${["一", "二", "三", "四"][i]}、${FUNCTIONAL_NAMES[cls[0]]}`,
          total(cls[1]),
          cls[0],
        );
    });
    const l = first + incomeItems.length;
    s(l, "income", "current_year_total", "本年收入合计", fig.total);
    s(l, "expenditure", "current_year_total", "本年支出合计", fig.total);
    s(l + 1, "income", "carryover", "上年结转结余", fig.carryover);
    s(l + 1, "expenditure", "year_end_carryover", "年终结转结余", fig.carryover);
    s(l + 2, "income", "grand_total", "收入总计", fig.total + fig.carryover);
    s(l + 2, "expenditure", "grand_total", "支出总计", fig.total + fig.carryover);
    return l + 2;
  });

  // T02 收入总表: a total row and the unit's row.
  table(final ? "收入决算表" : "收入预算总表", "revenue", "data", (first) => {
    const t = tid();
    const rows: [string, string | null, string | null][] = [
      ["grand_total", null, "合计"],
      ["unit_row", unit.row["division_code"] as string, unit.nameZh],
    ];
    rows.forEach(([item, code, name], i) => {
      for (const column of ["total", "general_budget"])
        w.summary.row({
          document_id: id,
          table_id: t,
          line: first + i,
          side: "income",
          item,
          code,
          name,
          column,
          amount: cell(fig.total),
        });
    });
    return first + rows.length - 1;
  });

  // T03 支出总表 (functional, all funds) and T05 一般公共预算支出表 (same figures, printed again).
  const writeFunctional = (title: string, role: string) =>
    table(title, role, "data", (first) => writeFunctionalRows(w, id, tid(), first, classTotals, c.layout));
  const [fTitle, fRole] = FUNCTIONAL_TITLES[final ? "final" : "budget"][0];
  writeFunctional(fTitle, fRole);

  // T04 财政拨款收支总表
  table(final ? "财政拨款收入支出决算总表" : "财政拨款收支预算总表", "fiscal_summary", "data", (first) => {
    const t = tid();
    const s = (l: number, side: string, item: string, name: string, amount: number, code: string | null = null) =>
      w.summary.row({
        document_id: id,
        table_id: t,
        line: l,
        side,
        item,
        code,
        name,
        column: "amount",
        amount: cell(amount),
      });
    s(first, "income", "current_year_total", "一、本年收入", fig.total);
    s(first, "expenditure", "current_year_total", "一、本年支出", fig.total);
    const income: [string, string, number][] = [
      ["general_budget", "（一）一般公共预算财政拨款", fig.total],
      ["government_fund", "（二）政府性基金预算财政拨款", 0],
      ["state_capital", "（三）国有资本经营预算财政拨款", 0],
      ["carryover", "二、上年结转", fig.carryover],
      ["carryover_general_budget", "（一）一般公共预算财政拨款", fig.carryover],
      ["carryover_government_fund", "（二）政府性基金预算财政拨款", 0],
      ["carryover_state_capital", "（三）国有资本经营预算财政拨款", 0],
    ];
    income.forEach(([item, name, amount], i) => {
      s(first + 1 + i, "income", item, name, amount);
      const cls = classes[i];
      if (cls)
        s(
          first + 1 + i,
          "expenditure",
          "class",
          `（${["一", "二", "三", "四"][i]}）${FUNCTIONAL_NAMES[cls[0]]}`,
          total(cls[1]),
          cls[0],
        );
    });
    const l = first + 1 + income.length;
    s(l, "expenditure", "year_end_carryover", "二、年终结转结余", fig.carryover);
    s(l + 1, "income", "grand_total", "收入总计", fig.total + fig.carryover);
    s(l + 1, "expenditure", "grand_total", "支出总计", fig.total + fig.carryover);
    return l + 1;
  });

  const [gTitle, gRole] = FUNCTIONAL_TITLES[final ? "final" : "budget"][1];
  writeFunctional(gTitle, gRole);

  // T06 基本支出表 (economic classification)
  table(final ? "一般公共预算财政拨款基本支出决算表" : "一般公共预算基本支出表", "economic", "data", (first) => {
    const t = tid();
    let l = first;
    const e = (kind: string, code: string | null, name: string, amount: number, personnelSide: boolean) =>
      w.economic.row({
        document_id: id,
        table_id: t,
        line: l++,
        row_kind: kind,
        code_printed: code,
        code,
        name,
        total: cell(amount),
        personnel: personnelSide ? cell(amount) : null,
        public: personnelSide ? null : cell(amount),
      });
    const personnel = sumPrefix(fig.econ, "301") + sumPrefix(fig.econ, "303");
    const goods = sumPrefix(fig.econ, "302");
    w.economic.row({
      document_id: id,
      table_id: t,
      line: l++,
      row_kind: "total",
      name: "合计",
      total: cell(fig.basic),
      personnel: cell(personnel),
      public: cell(goods),
    });
    for (const cls of ["301", "302", "303"]) {
      const kids = [...fig.econ]
        .filter(([k, v]) => k.startsWith(cls) && v !== 0)
        .sort(([a], [b]) => a.localeCompare(b));
      if (!kids.length) continue;
      e("class", cls, ECONOMIC_NAMES[cls] ?? cls, sumPrefix(fig.econ, cls), cls !== "302");
      for (const [k, v] of kids) e("item", k, ECONOMIC_NAMES[k] ?? k, v, cls !== "302");
    }
    return l - 1;
  });

  // T07 “三公”经费: budget figures; a final document also prints the budget beside the final figures.
  const anyThree = (x: ThreePublic) => x.overseas + x.purchase + x.operation + x.reception !== 0;
  const threeShown = anyThree(fig.three) || (c.budget !== null && anyThree(c.budget.three));
  table(
    final ? "一般公共预算财政拨款“三公”经费支出决算表" : "财政拨款预算“三公”经费支出表",
    "three_public",
    threeShown ? "data" : "printed_empty",
    (first) => {
      const t = tid();
      const measures: [string, ThreePublic][] =
        final && c.budget
          ? [
              ["budget", c.budget.three],
              ["final", fig.three],
            ]
          : [["budget", fig.three]];
      for (const [measure, x] of measures) {
        const items: [string, number][] = [
          ["total", x.overseas + x.purchase + x.operation + x.reception],
          ["overseas", x.overseas],
          ["vehicle", x.purchase + x.operation],
          ["vehicle_purchase", x.purchase],
          ["vehicle_operation", x.operation],
          ["reception", x.reception],
        ];
        for (const [item, amount] of items)
          w.three_public.row({
            document_id: id,
            table_id: t,
            line: first,
            item,
            measure,
            amount: threeShown ? cell(amount) : null,
            notes: threeShown ? null : "header only, no data row",
          });
      }
      return first;
    },
  );

  table(
    final ? "政府性基金预算财政拨款收入支出决算表" : "政府性基金预算支出表",
    "government_fund",
    "printed_empty",
    (first) => first,
  );
  table(
    final ? "国有资本经营预算财政拨款支出决算表" : "国有资本经营预算支出表",
    "state_capital",
    "printed_empty",
    (first) => first,
  );

  // T10 项目支出表
  table(
    final ? "项目支出决算明细表" : "项目支出预算表",
    "projects",
    fig.projects.length ? "data" : "printed_empty",
    (first) => {
      const t = tid();
      fig.projects.forEach((pr, i) =>
        w.projects.row({
          document_id: id,
          table_id: t,
          line: first + i,
          name: pr.name,
          category: pr.category,
          amount: money(pr.amount),
          amount_general_budget: money(pr.amount),
          functional_code: pr.code,
          description: pr.description,
        }),
      );
      return first + Math.max(fig.projects.length - 1, 0);
    },
  );

  table(
    final ? "部门整体支出绩效自评表" : "部门（单位）整体绩效目标表",
    final ? "performance_self_evaluation" : "performance_overall",
    "data",
    (first) => first + 30,
  );
  if (!final) table("政府采购支出预算表", "procurement", "not_in_document", (first) => first);
}

const total = (l: Line) => l.wages + l.households + l.goods + l.capital + l.op + l.sp;

function sumPrefix(map: Map<string, number>, prefix: string): number {
  let s = 0;
  for (const [k, v] of map) if (k.startsWith(prefix)) s += v;
  return s;
}

/** Items plus their 款 and 类 rows (sums of their items), sorted by code. */
function functionalRollup(items: Map<string, Line>): Map<string, Line> {
  const out = new Map<string, Line>();
  const add = (code: string, l: Line) => {
    const t = out.get(code) ?? emptyLine();
    for (const k of Object.keys(t) as (keyof Line)[]) t[k] += l[k];
    out.set(code, t);
  };
  for (const [code, l] of items) {
    if (total(l) === 0) continue;
    add(code.slice(0, 3), l);
    add(code.slice(0, 5), l);
    add(code, l);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

function writeFunctionalRows(
  w: Writers,
  documentId: string,
  tableId: string,
  first: number,
  rollup: Map<string, Line>,
  layout: Profile["layout"],
): number {
  let l = first;
  const grand = emptyLine();
  for (const [code, x] of rollup)
    if (code.length === 3) for (const k of Object.keys(grand) as (keyof Line)[]) grand[k] += x[k];
  const row = (kind: string, code: string | null, name: string, x: Line) => {
    const amounts: Row =
      layout === "A"
        ? { personnel: cell(x.wages + x.households), public: cell(x.goods + x.capital), project: cell(x.op + x.sp) }
        : {
            personnel_wages: cell(x.wages),
            personnel_households: cell(x.households),
            public_goods: cell(x.goods),
            public_capital: cell(x.capital),
            project: cell(x.op + x.sp),
            project_operating: cell(x.op),
            project_specific: cell(x.sp),
          };
    w.functional.row({
      document_id: documentId,
      table_id: tableId,
      line: l++,
      row_kind: kind,
      code_printed: code,
      code,
      name,
      total: cell(total(x)),
      basic: cell(x.wages + x.households + x.goods + x.capital),
      ...amounts,
    });
  };
  row("total", null, "合计", grand);
  for (const [code, x] of rollup)
    row(code.length === 3 ? "class" : code.length === 5 ? "section" : "item", code, FUNCTIONAL_NAMES[code] ?? code, x);
  return l - 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------------------------

/** Write a synthetic data set of `units` units × `years` years (budget + final each) into `dir`. */
export function generate(options: GenerateOptions): GenerateResult {
  const { units: unitCount, years, seed } = options;
  const endYear = options.endYear ?? 2024;
  if (!Number.isInteger(unitCount) || unitCount < 1) throw new Error("units must be a positive integer");
  if (!Number.isInteger(years) || years < 1 || endYear - years + 1 < 2001)
    throw new Error("years must be a positive integer (first year ≥ 2001)");
  const dir = assertOutsideRepo(options.dir);
  mkdirSync(dir, { recursive: true });
  const pkg = loadDataPackage();
  const writers = Object.fromEntries(
    pkg.resources.map((r) => [
      r.name,
      new CsvWriter(
        join(dir, r.path),
        r.schema.fields.map((f) => f.name),
      ),
    ]),
  ) as Writers;
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify(loadDataPackage(), null, 2)}\n`);

  const units = makeUnits(unitCount, seed);
  for (const u of units) writers.units.row(u.row);
  const firstYear = endYear - years + 1;
  units.forEach((unit, index) => {
    const rng = new Rng(mixSeed(seed, index + 1));
    const profile = makeProfile(rng, unit);
    // Start one year early so the first year's narrative can compare with a prior year.
    let total = profile.total0;
    let coreCap = profile.core0;
    let priorBudget: Figures | null = null;
    let priorFinal: Figures | null = null;
    for (let year = firstYear - 1; year <= endYear; year++) {
      const budgetTotal = Math.round(total);
      const budget = makeFigures(rng, profile, budgetTotal, coreCap, year, false);
      const finalTotal = Math.round(budgetTotal * rng.uniform(0.86, 1.06));
      const final = makeFigures(rng, profile, finalTotal, coreCap * rng.uniform(0.9, 1.05), year, true);
      if (year >= firstYear && priorBudget && priorFinal) {
        const common = { unit, year, layout: profile.layout, institution: profile.institution };
        writeDocument(writers, {
          ...common,
          final: false,
          id: `${unit.id}-${year}-budget`,
          fig: budget,
          budget: null,
          prior: priorBudget,
        });
        writeDocument(writers, {
          ...common,
          final: true,
          id: `${unit.id}-${year}-final`,
          fig: final,
          budget,
          prior: priorFinal,
        });
      }
      priorBudget = budget;
      priorFinal = final;
      total *= rng.uniform(0.92, 1.13);
      coreCap *= rng.uniform(0.97, 1.08);
    }
  });

  const rows: Record<string, number> = {};
  let bytes = 0;
  for (const [name, wtr] of Object.entries<CsvWriter>(writers)) {
    wtr.close();
    rows[name] = wtr.rows;
    bytes += wtr.bytes;
  }
  return { dir, units: units.length, documents: rows["documents"] ?? 0, rows, bytes };
}

function parseArgs(argv: string[]): GenerateOptions {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number) => {
    const v = opt(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n)) throw new Error(`${name} expects an integer, got "${v}"`);
    return n;
  };
  const out = opt("--out");
  if (!out)
    throw new Error("usage: node scripts/bench/generate.ts --units N --years Y --seed S --out DIR [--end-year 2024]");
  return {
    units: num("--units", 100),
    years: num("--years", 5),
    seed: num("--seed", 1),
    dir: out,
    endYear: num("--end-year", 2024),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const started = performance.now();
    const result = generate(parseArgs(process.argv.slice(2)));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `generate: ${result.units} units, ${result.documents} documents, ${(result.bytes / 2 ** 20).toFixed(1)} MiB in ${seconds} s → ${result.dir}`,
    );
    for (const [name, n] of Object.entries(result.rows))
      console.log(`  ${name.padEnd(13)} ${String(n).padStart(10)} rows`);
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
