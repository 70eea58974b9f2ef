import { fold } from './fold';

type Named = { name: string; names: Partial<Record<string, string>> };

/**
 * The cities called `query` in any of their languages, accents, case and
 * punctuation aside: "Gent", "Gand", "ghent" all find Ghent. More than one
 * when several places share the name (the caller asks which).
 */
export function citiesNamed<C extends Named>(all: readonly C[], query: string): C[] {
  const wanted = fold(query);
  if (!wanted) return [];
  return all.filter((c) => [c.name, ...Object.values(c.names)].some((n) => n !== undefined && fold(n) === wanted));
}
