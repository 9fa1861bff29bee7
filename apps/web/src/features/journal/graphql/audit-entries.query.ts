import { graphql } from '../../../gql';

export const AuditEntriesQuery = graphql(`
  query AuditEntries($filter: AuditFilter) {
    auditEntries(filter: $filter) {
      total
      items {
        id
        at
        userLogin
        entity
        entityId
        action
        changes
      }
    }
  }
`);
