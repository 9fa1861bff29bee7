/** One entry of a choice list: the stable code stored and sent over the wire, and its French label. */
export interface Choice<C extends string = string> {
  readonly code: C;
  readonly label: string;
}

export interface ChoiceHelpers<T extends Choice> {
  readonly codes: readonly T['code'][];
  readonly labels: Record<T['code'], string>;
  is(value: unknown): value is T['code'];
  /** The entry of a code (with its extra attributes). */
  of(code: T['code']): T;
}

export type Choices<T extends Choice> = readonly T[] & ChoiceHelpers<T>;

/**
 * A choice list of the domain, in one shape for every module: the API turns it into a GraphQL enum,
 * the web into select options, the indicators into breakdown labels. Entries may carry extra attributes
 * (a type's instruction delay, a status's "open" flag). Codes must be unique.
 */
export function defineChoices<const T extends readonly Choice[]>(list: T): T & ChoiceHelpers<T[number]> {
  const codes = list.map((c) => c.code);
  if (new Set(codes).size !== codes.length)
    throw new Error(`Codes en double dans une liste de choix : ${codes.join(', ')}`);
  const byCode = new Map(list.map((c) => [c.code, c]));
  const helpers: ChoiceHelpers<T[number]> = {
    codes,
    labels: Object.fromEntries(list.map((c) => [c.code, c.label])) as Record<T[number]['code'], string>,
    is: (v): v is T[number]['code'] => typeof v === 'string' && byCode.has(v),
    of: (code) => byCode.get(code) as T[number],
  };
  return Object.freeze(Object.assign([...list], helpers)) as unknown as T & ChoiceHelpers<T[number]>;
}

/** The code type of a choice list. */
export type ChoiceCode<L extends readonly Choice[]> = L[number]['code'];
