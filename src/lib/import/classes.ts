/** 支出功能分类 类 (class) names of the national classification (政府收支分类科目), for summaries that print no codes. */
const CLASSES: [string, RegExp][] = [
  ["201", /^一般公共服务/],
  ["202", /^外交/],
  ["203", /^国防/],
  ["204", /^公共安全/],
  ["205", /^教育/],
  ["206", /^科学技术/],
  ["207", /^文化(旅游体育|体育旅游)与传媒/],
  ["208", /^社会保障和就业/],
  ["209", /^社会保险基金/],
  ["210", /^卫生健康/],
  ["211", /^节能环保/],
  ["212", /^城乡社区/],
  ["213", /^农林水/],
  ["214", /^交通运输/],
  ["215", /^资源勘探/],
  ["216", /^商业服务业/],
  ["217", /^金融/],
  ["219", /^援助其他地区/],
  ["220", /^自然资源海洋气象/],
  ["221", /^住房保障/],
  ["222", /^粮油物资储备/],
  ["223", /^国有资本经营预算/],
  ["224", /^灾害防治及应急管理/],
  ["227", /^预备费/],
  ["229", /^其他支出/],
  ["230", /^转移性支出/],
  ["231", /^债务还本/],
  ["232", /^债务付息/],
  ["233", /^债务发行费用/],
  ["234", /^抗疫特别国债/],
];

/** Strip a printed ordinal: 一、 / （一） / (十九) / 1、 */
export function withoutOrdinal(label: string): string {
  return label.replace(/^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.])/, "");
}

/** The class code a printed class name stands for, or "" when the name is not a class of the national list. */
export function classCode(label: string): string {
  const name = withoutOrdinal(label);
  return CLASSES.find(([, re]) => re.test(name))?.[0] ?? "";
}
