/**
 * A Vite plugin that keeps src/lib/site/provider.ts out of Astro's bundle: the rendered pages import that very file
 * (by its file URL), the module instance scripts/build.ts provided the site model to, instead of a bundled copy.
 */
import { fileURLToPath } from "node:url";

const providerUrl = new URL("../../src/lib/site/provider.ts", import.meta.url);
const providerFile = fileURLToPath(providerUrl);

interface ResolveContext {
  resolve: (id: string, importer?: string, options?: { skipSelf: boolean }) => Promise<{ id: string } | null>;
}

export const externalProvider = {
  name: "yibao-external-provider",
  enforce: "pre" as const,
  async resolveId(this: ResolveContext, id: string, importer?: string) {
    if (!id.endsWith("provider.ts")) return null;
    const resolved = await this.resolve(id, importer, { skipSelf: true });
    return resolved?.id === providerFile ? { id: providerUrl.href, external: true } : null;
  },
};
