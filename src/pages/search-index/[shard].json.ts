import { SEARCH_SHARDS, shardOf, type SearchShard } from "../../lib/model/search.ts";
import { getSite } from "../../lib/site/provider.ts";

/** search-index/<shard>.json: the search page loads `main` (units, metrics, pages) first, the others after it. */
export function getStaticPaths() {
  return SEARCH_SHARDS.map((shard) => ({ params: { shard } }));
}

export function GET({ params }: { params: { shard: SearchShard } }): Response {
  const entries = getSite().searchEntries.filter((e) => shardOf(e.type) === params.shard);
  return new Response(JSON.stringify(entries), { headers: { "Content-Type": "application/json" } });
}
