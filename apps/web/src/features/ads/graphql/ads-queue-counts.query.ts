import { graphql } from '../../../gql';

export const AdsQueueCountsQuery = graphql(`
  query AdsQueueCounts($filter: AdsDossierFilter) {
    adsQueueCounts(filter: $filter) {
      queue
      count
    }
  }
`);
