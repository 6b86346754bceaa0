import { LANGUAGES, type Lang } from "./languages.ts";

type Params = Record<string, string | undefined>;
interface StaticPath<P extends Params, Q extends object> {
  params: P;
  props?: Q;
}

/**
 * getStaticPaths of a page kind in every language, for a route under `src/pages/[...lang]/`: the default language
 * at the root (`lang` undefined), each other under its prefix; the page gets `lang` as a prop. `paths` is the list
 * for one language, or a function of the language where pages differ between languages.
 */
export function localizedPaths<P extends Params = Record<never, never>, Q extends object = Record<never, never>>(
  paths: readonly StaticPath<P, Q>[] | ((lang: Lang) => readonly StaticPath<P, Q>[]) = [{ params: {} as P }],
) {
  return LANGUAGES.flatMap((l) =>
    (typeof paths === "function" ? paths(l.code) : paths).map((p) => ({
      params: { ...p.params, lang: l.prefix || undefined },
      props: { ...(p.props as Q), lang: l.code },
    })),
  );
}
