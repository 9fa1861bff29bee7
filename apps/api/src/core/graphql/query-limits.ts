import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isCompositeType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Bounds of one operation; an operation over any of them is refused before anything runs. */
export const QUERY_LIMITS = {
  depth: 10,
  aliases: 30,
  fields: 500,
  /** Each field costs 1; an expensive one (an export, a report, an import) costs `expensive`. */
  cost: 400,
  expensive: 100,
  /** Characters of the document, checked before it is even parsed. */
  documentLength: 50_000,
};

/**
 * Exports, reports and imports read or write thousands of rows: at most three of them per request. A field
 * declares its own cost with type-graphql's `@Extensions({ cost })`; by default the names say it.
 */
function costOf(field: GraphQLField<unknown, unknown> | undefined, name: string): number {
  const declared = field?.extensions?.cost;
  if (typeof declared === 'number') return declared;
  return /Export$|Report$|^indicator|^import/.test(name) ? QUERY_LIMITS.expensive : 1;
}

interface Tally {
  fields: number;
  aliases: number;
  cost: number;
  depth: number;
}

function walk(
  ctx: ValidationContext,
  set: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  depth: number,
  tally: Tally,
  seen: Set<string>,
): void {
  tally.depth = Math.max(tally.depth, depth);
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const name = sel.name.value;
      if (name.startsWith('__')) continue; // introspection is governed separately (off in production)
      tally.fields++;
      if (sel.alias) tally.aliases++;
      const field = parent && 'getFields' in parent ? parent.getFields()[name] : undefined;
      tally.cost += costOf(field, name);
      if (sel.selectionSet) {
        const type = field ? getNamedType(field.type) : undefined;
        walk(ctx, sel.selectionSet, type && isCompositeType(type) ? type : undefined, depth + 1, tally, seen);
      }
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? ctx.getSchema().getType(sel.typeCondition.name.value) : parent;
      walk(ctx, sel.selectionSet, type && isCompositeType(type) ? type : parent, depth, tally, seen);
    } else {
      const name = sel.name.value;
      if (seen.has(name)) continue; // a cycle is refused by graphql's own rules
      const fragment: FragmentDefinitionNode | null | undefined = ctx.getFragment(name);
      if (!fragment) continue;
      const type = ctx.getSchema().getType(fragment.typeCondition.name.value);
      walk(
        ctx,
        fragment.selectionSet,
        type && isCompositeType(type) ? type : parent,
        depth,
        tally,
        new Set([...seen, name]),
      );
    }
  }
}

/** A validation rule: depth, aliases, fields and cost of each operation, refused in French. */
export const queryLimits: ValidationRule = (ctx) => ({
  OperationDefinition(op) {
    const schema = ctx.getSchema();
    const root =
      op.operation === OperationTypeNode.MUTATION
        ? schema.getMutationType()
        : op.operation === OperationTypeNode.SUBSCRIPTION
          ? schema.getSubscriptionType()
          : schema.getQueryType();
    const tally: Tally = { fields: 0, aliases: 0, cost: 0, depth: 0 };
    walk(ctx, op.selectionSet, root ?? undefined, 1, tally, new Set());
    const L = QUERY_LIMITS;
    const refuse = (why: string) =>
      ctx.reportError(
        new GraphQLError(`Requête refusée : ${why}`, { nodes: [op], extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      );
    if (tally.depth > L.depth) refuse(`imbrication de ${tally.depth} niveaux (au plus ${L.depth}).`);
    else if (tally.aliases > L.aliases) refuse(`${tally.aliases} alias (au plus ${L.aliases}).`);
    else if (tally.fields > L.fields) refuse(`${tally.fields} champs demandés (au plus ${L.fields}).`);
    else if (tally.cost > L.cost)
      refuse(
        `trop coûteuse (${tally.cost} points, au plus ${L.cost} ; un export, un rapport ou un import en vaut ${L.expensive}).`,
      );
  },
});
