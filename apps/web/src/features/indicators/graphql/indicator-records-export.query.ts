import { graphql } from '../../../gql';

export const IndicatorRecordsExportQuery = graphql(`
  query IndicatorRecordsExport(
    $key: String!
    $year: Int!
    $format: IndicatorExportFormat!
    $dimension: String
    $member: String
    $asOf: Date
    $sort: String
    $descending: Boolean!
  ) {
    indicatorRecordsExport(
      key: $key
      year: $year
      format: $format
      dimension: $dimension
      member: $member
      asOf: $asOf
      sort: $sort
      descending: $descending
    ) {
      filename
      mimeType
      base64
    }
  }
`);
