import { getMetadataStorage } from 'type-graphql';

/**
 * Access is decided on root fields only: no object field has a middleware or a role of its own. Such a field is then
 * resolved as graphql-js does by default (read the property), not through type-graphql's per-field middleware stack,
 * which allocated for every field of every row (a list page resolves some 600). A field that gets a middleware or a
 * role, or a GraphQL name other than its property's, keeps the stack. Field resolvers (@FieldResolver) are unaffected.
 */
export function readPropertiesDirectly() {
  const storage = getMetadataStorage();
  const own = new Set(
    [...storage.authorizedFields, ...storage.middlewares].map((m) => `${m.target.name}.${String(m.fieldName)}`),
  );
  for (const field of storage.fields)
    // the default resolver reads the property of the field's GraphQL name: a renamed field keeps the stack
    if (field.simple === undefined && field.schemaName === field.name && !own.has(`${field.target.name}.${field.name}`))
      field.simple = true;
}
