import { SEARCH_SHARDS, shardOf, type SearchShard } from "../../lib/model/search.ts";
import { getSite } from "../../lib/site/provider.ts";

/**
 * search-index/<shard>.json: `main` (metrics, pages, codes, definitions), one `units-<province>` per province,
 * `reports` and `projects` (see SEARCH_SHARDS for the order the search page loads them in), and `places`: each
 * province's place names, which route a query to its unit shard (lib/model/search-places.ts).
 */
export function getStaticPaths() {
  const units = new Set(
    getSite()
      .searchEntries.map(shardOf)
      .filter((s) => s.startsWith("units-")),
  );
  return [...SEARCH_SHARDS, ...[...units].sort(), "places"].map((shard) => ({ params: { shard } }));
}

export function GET({ params }: { params: { shard: SearchShard | "places" } }): Response {
  const site = getSite();
  const body =
    params.shard === "places" ? site.searchPlaces : site.searchEntries.filter((e) => shardOf(e) === params.shard);
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
}
