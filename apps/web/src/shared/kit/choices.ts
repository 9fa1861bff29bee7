/** One option of a select, whatever the shape the domain's choice list has. */
export interface Option {
  value: string;
  label: string;
}

/**
 * The shapes a domain choice list takes: `{ code, label }` (ADS, `defineChoices()`), `{ key, label }` (fourrière
 * until it moves to defineChoices), `{ value, label }`, or a record of labels keyed by code.
 */
type ChoiceLike = { code: string; label: string } | { key: string; label: string } | { value: string; label: string };
export type ChoiceSource =
  Iterable<ChoiceLike> | { readonly list: Iterable<ChoiceLike> } | Readonly<Record<string, string>>;

const valueOf = (c: ChoiceLike): string => ('code' in c ? c.code : 'key' in c ? c.key : c.value);

function isIterable(s: unknown): s is Iterable<ChoiceLike> {
  return typeof (s as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** The options of a select; `label` rewrites the shown text (e.g. "PC — Permis de construire"). */
export function toOptions(source: ChoiceSource, label?: (value: string, label: string) => string): Option[] {
  let list: { value: string; label: string }[];
  if (isIterable(source)) list = [...source].map((c) => ({ value: valueOf(c), label: c.label }));
  else if ('list' in source && typeof source.list === 'object' && isIterable(source.list))
    list = [...source.list].map((c) => ({ value: valueOf(c), label: c.label }));
  else list = Object.entries(source as Record<string, string>).map(([value, l]) => ({ value, label: l }));
  return label ? list.map((o) => ({ value: o.value, label: label(o.value, o.label) })) : list;
}
