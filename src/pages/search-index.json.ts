import { buildSearchIndex } from "../lib/search-index.ts";
import { getSite } from "../lib/site.ts";

export function GET(): Response {
  return new Response(JSON.stringify(buildSearchIndex(getSite().data)), {
    headers: { "Content-Type": "application/json" },
  });
}
