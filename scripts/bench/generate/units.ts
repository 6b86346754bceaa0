import type { Row } from "./csv.ts";
import { placeName, PROVINCES } from "./places.ts";
import { mixSeed, Rng } from "./random.ts";

export interface UnitSpec {
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
export function makeUnits(count: number, seed: number): UnitSpec[] {
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
