import { graphql } from '../../../gql';

export const IndicatorRecordsQuery = graphql(`
  query IndicatorRecords(
    $key: String!
    $year: Int!
    $dimension: String
    $member: String
    $offset: Int!
    $limit: Int!
    $asOf: Date
    $sort: String
    $descending: Boolean!
  ) {
    indicatorRecords(
      key: $key
      year: $year
      dimension: $dimension
      member: $member
      offset: $offset
      limit: $limit
      asOf: $asOf
      sort: $sort
      descending: $descending
    ) {
      columns {
        key
        label
      }
      rows
      paths
      total
    }
  }
`);
