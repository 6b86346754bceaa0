import { getSite } from "../lib/site/provider.ts";

export function GET(): Response {
  return new Response(JSON.stringify(getSite().searchEntries), {
    headers: { "Content-Type": "application/json" },
  });
}
