import { graphql } from '../../../gql';

export const AdsDossiersQuery = graphql(`
  query AdsDossiers($filter: AdsDossierFilter, $sort: AdsSort, $offset: Int, $limit: Int) {
    adsDossiers(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        number
        type
        communeInsee
        communeName
        depositedOn
        channel
        applicantName
        status
        outcome
        deadline
        decidedOn
        situation
        instructorId
        instructorName
      }
    }
  }
`);
