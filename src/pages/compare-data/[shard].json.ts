import { COMPARE_UNITS, compareIndex, compareShard } from "../../lib/site/compare-shards.ts";
import { getSite } from "../../lib/site/provider.ts";

/** compare-data/units.json (the picker's index of reports) and compare-data/<province>.json (their figures). */
export function getStaticPaths() {
  return [COMPARE_UNITS, ...getSite().index.provinces.keys()].map((shard) => ({ params: { shard } }));
}

export function GET({ params }: { params: { shard: string } }): Response {
  const { index } = getSite();
  const body = params.shard === COMPARE_UNITS ? compareIndex(index) : compareShard(index, params.shard);
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
}
