/** Which standard table a printed title names. Recognised from the words of the national templates, not positions. */

/** The table's role, as in tables.csv `role`. */
export type Role =
  | "summary"
  | "revenue"
  | "expenditure"
  | "fiscal_summary"
  | "functional_gpb"
  | "functional_other"
  | "economic"
  | "economic_other"
  | "three_public"
  | "government_fund"
  | "state_capital"
  | "projects"
  | "performance_overall"
  | "performance_project"
  | "performance_self_evaluation"
  | "procurement"
  | "purchase_services"
  | "debt"
  | "special_funds";

/** The fact file a role's rows go to; null: recognised but not imported (performance, empty kinds…). */
export type FactKind = "summary" | "functional" | "economic" | "three_public" | "projects";

const RULES: [RegExp, Role][] = [
  [/自评/, "performance_self_evaluation"],
  [/整体绩效/, "performance_overall"],
  [/绩效/, "performance_project"],
  [/三公/, "three_public"],
  [/政府性基金/, "government_fund"],
  [/国有资本/, "state_capital"],
  [/采购/, "procurement"],
  [/购买服务/, "purchase_services"],
  [/债务/, "debt"],
  [/专项资金/, "special_funds"],
  [/项目支出/, "projects"],
  [/经济分类/, "economic_other"],
  [/基本支出/, "economic"],
  [/财政拨款收(入)?支(出)?/, "fiscal_summary"],
  [/收(入)?支(出)?(预算|决算)?总(表|体)/, "summary"],
  [/收入/, "revenue"],
  [/一般公共预算.*支出/, "functional_gpb"],
  [/功能分类/, "functional_other"],
  [/支出/, "expenditure"],
];

export function roleOfTitle(title: string): Role | null {
  for (const [re, role] of RULES) if (re.test(title)) return role;
  return null;
}

export function factKindOf(role: Role): FactKind | null {
  switch (role) {
    case "summary":
    case "revenue":
    case "fiscal_summary":
      return "summary";
    case "expenditure":
    case "functional_gpb":
    case "functional_other":
      return "functional";
    case "economic":
      return "economic";
    case "three_public":
      return "three_public";
    case "projects":
      return "projects";
    default:
      return null;
  }
}
