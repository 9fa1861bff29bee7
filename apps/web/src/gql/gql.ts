/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!) {\n    declareIndicatorValue(key: $key, year: $year, value: $value) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n    }\n  }\n": typeof types.DeclareIndicatorValueDocument,
    "\n  query IndicatorRecords($key: String!, $year: Int!, $dimension: String, $member: String, $offset: Int!, $limit: Int!) {\n    indicatorRecords(key: $key, year: $year, dimension: $dimension, member: $member, offset: $offset, limit: $limit) {\n      columns {\n        key\n        label\n      }\n      rows\n      total\n    }\n  }\n": typeof types.IndicatorRecordsDocument,
    "\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n": typeof types.IndicatorsDocument,
    "\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n": typeof types.DirectoratesDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": types.MeDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": types.CreateUserDocument,
    "\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n": types.UsersDocument,
    "\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!) {\n    declareIndicatorValue(key: $key, year: $year, value: $value) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n    }\n  }\n": types.DeclareIndicatorValueDocument,
    "\n  query IndicatorRecords($key: String!, $year: Int!, $dimension: String, $member: String, $offset: Int!, $limit: Int!) {\n    indicatorRecords(key: $key, year: $year, dimension: $dimension, member: $member, offset: $offset, limit: $limit) {\n      columns {\n        key\n        label\n      }\n      rows\n      total\n    }\n  }\n": types.IndicatorRecordsDocument,
    "\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n": types.IndicatorsDocument,
    "\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n": types.DirectoratesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      login\n      displayName\n      role\n      directorates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!) {\n    declareIndicatorValue(key: $key, year: $year, value: $value) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!) {\n    declareIndicatorValue(key: $key, year: $year, value: $value) {\n      key\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorRecords($key: String!, $year: Int!, $dimension: String, $member: String, $offset: Int!, $limit: Int!) {\n    indicatorRecords(key: $key, year: $year, dimension: $dimension, member: $member, offset: $offset, limit: $limit) {\n      columns {\n        key\n        label\n      }\n      rows\n      total\n    }\n  }\n"): (typeof documents)["\n  query IndicatorRecords($key: String!, $year: Int!, $dimension: String, $member: String, $offset: Int!, $limit: Int!) {\n    indicatorRecords(key: $key, year: $year, dimension: $dimension, member: $member, offset: $offset, limit: $limit) {\n      columns {\n        key\n        label\n      }\n      rows\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Indicators($year: Int!, $directorate: Directorate) {\n    indicators(year: $year, directorate: $directorate) {\n      key\n      label\n      description\n      unit\n      directorate\n      version\n      kind\n      year\n      value\n      previousValue\n      evolution\n      canDeclare\n      drillable\n      breakdowns {\n        dimension\n        label\n        items {\n          member\n          label\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n"): (typeof documents)["\n  query Directorates {\n    directorates {\n      key\n      label\n      hasModule\n      canWrite\n      canDeclare\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;