import { registerEnumType } from 'type-graphql';
import type { Choice } from '@call/domain';

/**
 * The GraphQL enum of a domain choice list (`defineChoices`): values are the domain codes, each described
 * by its French label, so the API, the web and the indicators share one vocabulary.
 */
export function choicesEnum<C extends string>(
  choices: readonly Choice<C>[],
  name: string,
  description: string,
): { [K in C]: K } {
  const e = Object.fromEntries(choices.map((c) => [c.code, c.code])) as { [K in C]: K };
  const valuesConfig = Object.fromEntries(choices.map((c) => [c.code, { description: c.label }]));
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as never });
  return e;
}

/** The same from a label map (`{ CODE: 'Libellé' }`) for small lists kept as maps. */
export const labelsEnum = <C extends string>(labels: Record<C, string>, name: string, description: string) =>
  choicesEnum(
    (Object.entries(labels) as [C, string][]).map(([code, label]) => ({ code, label })),
    name,
    description,
  );
