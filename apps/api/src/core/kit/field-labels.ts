import { getMetadataStorage } from 'type-graphql';
import { getNamedType, isInputObjectType, type GraphQLSchema } from 'graphql';

/**
 * French labels of input fields, keyed by GraphQL input type name then field: `{ FourriereIntakeInput:
 * { communeInsee: 'Commune de capture' } }`. Each input type belongs to one owner (the core or a module):
 * two owners labelling the same type is a start-up error, so no module's label silently wins over another's.
 */
export type FieldLabels = Record<string, Record<string, string>>;

/** The GraphQL name of an input or args class (`@InputType('Name')`), else its class name. */
export function inputTypeName(cls: Function | undefined): string | undefined {
  if (!cls) return undefined;
  const storage = getMetadataStorage();
  return storage.inputTypes.find((t) => t.target === cls)?.name ?? cls.name;
}

export class FieldLabelRegistry {
  private readonly byType = new Map<string, { owner: string; labels: Record<string, string> }>();

  add(owner: string, labels: FieldLabels): this {
    for (const [type, fields] of Object.entries(labels)) {
      const prev = this.byType.get(type);
      if (prev)
        throw new Error(`Libellés du type d’entrée ${type} déclarés deux fois : par ${prev.owner} et par ${owner}.`);
      this.byType.set(type, { owner, labels: fields });
    }
    return this;
  }

  /** The label of a field of an input type, or the field's name when none was declared. */
  label(type: string | undefined, field: string): string {
    return (type && this.byType.get(type)?.labels[field]) || field;
  }

  /** Input fields of the schema without a French label (`Type.field`), for the completeness test. */
  missing(schema: GraphQLSchema): string[] {
    const out: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(t) || t.name.startsWith('__')) continue;
      for (const f of Object.keys(t.getFields())) if (!this.byType.get(t.name)?.labels[f]) out.push(`${t.name}.${f}`);
    }
    return out;
  }

  /** Types labelled but absent from the schema (a renamed input would leave its labels behind). */
  orphans(schema: GraphQLSchema, argsTypes: readonly string[] = []): string[] {
    return [...this.byType.keys()].filter((t) => {
      const inSchema = schema.getType(t);
      return !(inSchema && isInputObjectType(getNamedType(inSchema))) && !argsTypes.includes(t);
    });
  }
}
