import { graphql } from '../../../gql';

export const PdlApmlDossiersQuery = graphql(`
  query PdlApmlDossiers($filter: PdlApmlFilter!, $offset: Int, $limit: Int) {
    pdlApmlDossiers(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        number
        ownerName
        street
        communeName
        receivedOn
        tacitOn
        tacitInDays
        urgency
        status
      }
    }
  }
`);
