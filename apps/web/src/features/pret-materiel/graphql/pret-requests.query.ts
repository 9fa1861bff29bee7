import { graphql } from '../../../gql';

export const PretRequestsQuery = graphql(`
  query PretRequests($status: PretStatus, $offset: Int!, $limit: Int!) {
    pretRequests(status: $status, offset: $offset, limit: $limit) {
      total
      items {
        id
        communeName
        eventName
        startOn
        endOn
        handover
        status
        partial
        lines {
          kindId
          kindName
          requested
          approved
        }
      }
    }
  }
`);
