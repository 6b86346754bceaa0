import type { Rng } from "./random.ts";

/** Provinces with prefectures (the four municipalities are left out: they have no prefecture level). */
export const PROVINCES: readonly [code: string, zh: string, en: string][] = [
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
export function placeName(rng: Rng, taken: Set<string>): { zh: string; en: string } {
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
