/** The printed summary of a mutation run: outcomes per kind, and totals. */
import { OUTCOMES, type Outcome, type Result } from "./runner.ts";

export function countsByKind(results: readonly Result[]): Map<string, Map<Outcome, number>> {
  const by = new Map<string, Map<Outcome, number>>();
  for (const r of results) {
    let m = by.get(r.mutation.kind);
    if (!m) by.set(r.mutation.kind, (m = new Map<Outcome, number>()));
    m.set(r.outcome, (m.get(r.outcome) ?? 0) + 1);
  }
  return by;
}

const SHORT: Record<Outcome, string> = {
  "refused-correctly": "correct",
  "refused-other-rule": "other-rule",
  "refused-elsewhere": "misplaced",
  crashed: "crashed",
  "accepted-silently": "silent",
  "accepted-harmless": "harmless",
  "refused-harmless": "harmless-refused",
  "harmless-misread": "misread",
};

/** A fixed-width text table: one row per kind, one column per outcome, a total row; gap kinds marked "*". */
export function summaryTable(results: readonly Result[], gapKinds: ReadonlySet<string>): string {
  const by = countsByKind(results);
  const width = Math.max(...[...by.keys()].map((k) => k.length), 10) + 2;
  const row = (name: string, counts: (n: Outcome) => number, total: number) =>
    name.padEnd(width) +
    OUTCOMES.map((o) => String(counts(o) || "·").padStart(SHORT[o].length + 1)).join("") +
    String(total).padStart(7);
  const lines = [
    "kind".padEnd(width) + OUTCOMES.map((o) => ` ${SHORT[o]}`).join("") + "  total",
    ...[...by].map(([kind, m]) =>
      row(
        `${kind}${gapKinds.has(kind) ? " *" : ""}`,
        (o) => m.get(o) ?? 0,
        [...m.values()].reduce((a, b) => a + b, 0),
      ),
    ),
    row("TOTAL", (o) => results.filter((r) => r.outcome === o).length, results.length),
  ];
  const onGaps = (outcome: Outcome) =>
    results.filter((r) => r.outcome === outcome && gapKinds.has(r.mutation.kind)).length;
  const silentGaps = onGaps("accepted-silently");
  const misplacedGaps = onGaps("refused-elsewhere");
  const otherRuleGaps = onGaps("refused-other-rule");
  return [
    ...lines,
    "",
    `${results.length} mutations of ${by.size} kinds: ${results.filter((r) => r.outcome === "refused-correctly").length} refused at the right file:line:column:rule, ` +
      `${results.filter((r) => r.outcome === "accepted-harmless").length} harmless and accepted, ` +
      `on KNOWN_GAPS (* kinds) ${silentGaps} accepted in silence, ${misplacedGaps} refused elsewhere and ` +
      `${otherRuleGaps} under another rule; ` +
      `${results.filter((r) => r.outcome === "accepted-silently").length - silentGaps} accepted in silence off the list.`,
  ].join("\n");
}
