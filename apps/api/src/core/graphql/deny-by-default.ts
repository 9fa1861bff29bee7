import { getMetadataStorage, type MiddlewareFn } from 'type-graphql';
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

/** Deny by default: a root field that declares no rule is refused, whoever asks. */
export function denyByDefault(guarded: Set<string>): MiddlewareFn {
  return ({ info }, next) => {
    if (!info.parentType.name.match(/^(Query|Mutation|Subscription)$/)) return next();
    if (!guarded.has(`${info.parentType.name}.${info.fieldName}`))
      throw forbidden('Accès refusé : aucune règle d’accès n’est déclarée pour cette opération.');
    return next();
  };
}

/**
 * type-graphql runs global middlewares when each event is resolved, not when a client subscribes:
 * an unguarded subscription is refused up front too, so it never even starts listening.
 */
export function denyUnguardedSubscriptions(schema: GraphQLSchema, guarded: Set<string>): void {
  const type = schema.getSubscriptionType();
  if (!type) return;
  for (const [name, field] of Object.entries(type.getFields()))
    if (!guarded.has(`${type.name}.${name}`))
      field.subscribe = () => {
        throw forbidden('Accès refusé : aucune règle d’accès n’est déclarée pour cette opération.');
      };
}
