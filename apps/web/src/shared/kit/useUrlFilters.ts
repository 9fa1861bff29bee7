import { useSearchParams } from 'react-router';

/** How one filter is written in the URL (a French key) and read back, never trusting what is there. */
export interface UrlFilter<V> {
  key: string;
  parse: (raw: string | null) => V;
}

export const textFilter = (key: string): UrlFilter<string> => ({ key, parse: (raw) => raw ?? '' });
export const optionalFilter = (key: string): UrlFilter<string | null> => ({ key, parse: (raw) => raw || null });
export const oneOfFilter = <V extends string>(key: string, values: readonly V[], fallback: V): UrlFilter<V> => ({
  key,
  parse: (raw) => values.find((v) => v === raw) ?? fallback,
});
export const optionalOneOfFilter = <V extends string>(
  key: string,
  isValue: (v: string) => v is V,
): UrlFilter<V | null> => ({
  key,
  parse: (raw) => (raw && isValue(raw) ? raw : null),
});
export const intFilter = (key: string, fallback: number, min: number, max: number): UrlFilter<number> => ({
  key,
  parse: (raw) => {
    const n = raw === null ? NaN : Number(raw);
    return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
  },
});

type Values<S> = { [K in keyof S]: S[K] extends UrlFilter<infer V> ? V : never };

/**
 * A list's filters live in the URL, so a list can be bookmarked and shared. A change of anything but the page
 * starts again on the first page (the schema's `page` entry, when there is one).
 */
export function useUrlFilters<S extends Record<string, UrlFilter<unknown>>>(schema: S) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(
    Object.entries(schema).map(([name, f]) => [name, f.parse(params.get(f.key))]),
  ) as Values<S>;
  const setFilters = (patch: Partial<Values<S>>) => {
    const next = new URLSearchParams(params);
    for (const [name, v] of Object.entries(patch)) {
      const key = schema[name]?.key;
      if (!key) continue;
      if (v === null || v === '' || v === undefined) next.delete(key);
      else next.set(key, String(v));
    }
    if (schema.page && !('page' in patch)) next.delete(schema.page.key);
    setParams(next, { replace: true });
  };
  return { filters, setFilters };
}
