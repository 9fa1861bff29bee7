import { getMetadataStorage } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { forbidden } from '../errors';

/** Root fields (Query.x, Mutation.y) that carry an access rule, from type-graphql's own metadata. */
export function guardedRootFields(resolverClasses: readonly Function[]): Set<string> {
  const storage = getMetadataStorage();
  const classes = new Set(resolverClasses);
  const guarded = new Set<string>();
  const classGuarded = new Set(storage.authorizedResolver.map((a) => a.target));
  const fieldGuarded = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
  for (const [kind, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const r of list) {
      if (!classes.has(r.target)) continue;
      if (classGuarded.has(r.target) || fieldGuarded.has(`${r.target.name}.${r.methodName}`))
        guarded.add(`${kind}.${r.schemaName}`);
    }
  }
  return guarded;
}

export function unguardedRootFields(schema: GraphQLSchema, guarded: Set<string>): string[] {
  const out: string[] = [];
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const name of Object.keys(type.getFields()))
      if (!guarded.has(`${type.name}.${name}`)) out.push(`${type.name}.${name}`);
  }
  return out;
}

/**
 * Deny by default: a root field that declares no rule is refused, whoever asks. Applied to the root fields only: as a
 * global middleware it would wrap every field of every object in a promise (a page of 50 rows is 650 of them).
 */
export function denyByDefault(schema: GraphQLSchema, guarded: Set<string>): void {
  const deny = () => {
    throw forbidden('Accès refusé : aucune règle d’accès n’est déclarée pour cette opération.');
  };
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (guarded.has(`${type.name}.${field.name}`)) continue;
      field.resolve = deny;
      if (field.subscribe) field.subscribe = deny;
    }
  }
}
