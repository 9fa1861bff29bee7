import { graphql } from '../../../gql';

export const IndicatorRecordsQuery = graphql(`
  query IndicatorRecords($key: String!, $year: Int!, $dimension: String, $member: String, $offset: Int!, $limit: Int!) {
    indicatorRecords(key: $key, year: $year, dimension: $dimension, member: $member, offset: $offset, limit: $limit) {
      columns {
        key
        label
      }
      rows
      total
    }
  }
`);
