/**
 * The search prefilter (indexOf over the joined text) must not change what Fuse finds or how it ranks: on a
 * collection below the candidate cap, results equal a Fuse search over every entry.
 */
import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import {
  createSearch,
  FUSE_OPTIONS,
  MAX_CANDIDATES,
  searchEntries,
  type SearchEntry,
} from "../src/lib/model/search.ts";

const entry = (type: SearchEntry["type"], title: string, title_en: string, pinyin: string, initials: string) => ({
  type,
  title,
  title_en,
  pinyin,
  initials,
  path: `x/${title}/`,
});

const ENTRIES: SearchEntry[] = [
  entry(
    "unit",
    "广东省医疗保障局 广东省",
    "Guangdong Provincial Healthcare Security Administration",
    "guangdong",
    "gd",
  ),
  entry("unit", "广西壮族自治区医疗保障局 广西", "Guangxi Healthcare Security Administration", "guangxi", "gx"),
  entry("unit", "山东省医疗保障局 山东省", "Shandong Healthcare Security Administration", "shandong", "sd"),
  entry("unit", "抚顺市医疗保障事务服务中心 辽宁省抚顺市", "Fushun Healthcare Security Service Centre", "fushun", "fs"),
  entry("code", "2101301 城乡医疗救助", "2101301", "chengxiangyiliaojiuzhu", "cxyljz"),
  entry("project", "2024年医疗服务价格工作经费", "", "niányiliaofuwu", "nylf"),
  entry("project", "医保基金监管经费", "", "yibaojijinjianguanjingfei", "ybjjjgjf"),
  entry("definition", "人员经费占基本支出比重", "Personnel share of basic spending", "renyuanjingfei", "ryjf"),
];
// Many more, so that the prefilter has something to skip.
for (let i = 0; i < 1500; i++) ENTRIES.push(entry("project", `项目${i}号 经费`, "", `xiangmu${i}hao`, `xm${i}h`));

const fuseAll = new Fuse(ENTRIES, FUSE_OPTIONS);
const plain = (q: string) =>
  fuseAll
    .search(
      q
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .map((t) => `'${t.replace(/[|'"!^$=]/g, "")}`)
        .join(" "),
      { limit: 50 },
    )
    .map((r) => r.item.title);

describe("searchEntries", () => {
  const engine = createSearch(ENTRIES);
  it.each([
    "广东",
    "医疗保障",
    "gd",
    "fushun",
    "2101301",
    "经费",
    "项目12",
    "xm29",
    "Healthcare Security",
    "医保 监管",
    "无此词",
  ])("%s: same results, same order as Fuse over every entry", (q) => {
    expect(searchEntries(engine, q).map((e) => e.title)).toEqual(plain(q));
  });

  it("广东 finds 广东省 only, never 广西 or 山东", () => {
    expect(searchEntries(engine, "广东").map((e) => e.title)).toEqual(["广东省医疗保障局 广东省"]);
  });

  it("createSearch over 广东省, 广西 and 山东 alone: 广东 and guangdong find 广东省 only; 广 and 东 find two each", () => {
    const entry = (title: string, pinyin: string, initials: string): SearchEntry => ({
      type: "unit",
      title,
      title_en: "",
      pinyin,
      initials,
      path: `units/${initials}/`,
    });
    const fuse = createSearch([
      entry("广东省", "guangdongsheng", "gds"),
      entry("广西壮族自治区", "guangxizhuangzuzizhiqu", "gxzzzzq"),
      entry("山东省", "shandongsheng", "sds"),
    ]);
    expect(searchEntries(fuse, "广东").map((e) => e.title)).toEqual(["广东省"]);
    expect(searchEntries(fuse, "guangdong").map((e) => e.title)).toEqual(["广东省"]);
    expect(
      searchEntries(fuse, "广")
        .map((e) => e.title)
        .sort(),
    ).toEqual(["广东省", "广西壮族自治区"]);
    expect(
      searchEntries(fuse, "东")
        .map((e) => e.title)
        .sort(),
    ).toEqual(["山东省", "广东省"]);
  });
  it("past the candidate cap, units come before projects", () => {
    const many = createSearch([
      ...Array.from({ length: MAX_CANDIDATES + 10 }, (_, i) => entry("project", `医保项目${i}`, "", "", "")),
      entry("unit", "医保局", "", "", ""),
    ]);
    expect(searchEntries(many, "医保", 5)[0]?.title).toBe("医保局");
  });
});
