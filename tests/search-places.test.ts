import { describe, expect, it } from "vitest";
import { buildPlaces, provinceOf, routeQuery } from "../src/lib/model/search-places.ts";

// Spellings written out by hand (what pinyin-pro gives without tones): the table is built with the site's speller.
const PINYIN: Record<string, string> = {
  辽宁省: "liaoningsheng",
  鞍山市: "anshanshi",
  千山区: "qianshanqu",
  河南省: "henansheng",
  周口市: "zhoukoushi",
  沈丘县: "shenqiuxian",
};
const spell = (zh: string) => PINYIN[zh] ?? "";
const unit = (
  division_code: string,
  province: [string, string],
  prefecture: [string, string],
  county?: [string, string],
) => ({
  division_code,
  province_zh: province[0],
  province_en: province[1],
  prefecture_zh: prefecture[0],
  prefecture_en: prefecture[1],
  county_zh: county?.[0] ?? null,
  county_en: county?.[1] ?? null,
});
const LIAONING: [string, string] = ["辽宁省", "Liaoning"];
const places = buildPlaces(
  [
    unit("411624", ["河南省", "Henan"], ["周口市", "Zhoukou"], ["沈丘县", "Shenqiu County"]),
    unit("210300", LIAONING, ["鞍山市", "Anshan"]),
    unit("210311", LIAONING, ["鞍山市", "Anshan"], ["千山区", "Qianshan District"]),
  ],
  spell,
);

describe("buildPlaces(units, spell) and routeQuery(places, query)", () => {
  it("has one row per province, sorted by code", () => {
    expect(places.map(([code]) => code)).toEqual(["210000", "410000"]);
    expect(provinceOf("210311")).toBe("210000");
  });

  it.each([
    ["鞍山", ["210000"]], // a prefecture in Chinese
    ["anshan", ["210000"]], // its pinyin
    ["ansan", ["210000"]], // a typo: loose pinyin (sh → s) of "anshan" is "ansan"
    ["Qianshan", ["210000"]], // a district's English name, any case
    ["liaoning", ["210000"]], // a province in pinyin
    ["沈丘", ["410000"]],
    ["shenqiu", ["410000"]],
    ["210300", ["210000"]], // a division code: its first two digits
    ["41", ["410000"]],
    ["鞍山 沈丘", ["210000", "410000"]], // any term naming a place
    ["医保局", []], // names no place: every shard loads after the first results
    ["bureau", []],
    ["", []],
  ])("routeQuery(places, %j) → %j", (q, codes) => {
    expect(routeQuery(places, q)).toEqual(codes);
  });
});
