import { graphql } from '../../../gql';

export const IndicatorReportQuery = graphql(`
  query IndicatorReport($year: Int!, $directorate: Directorate) {
    indicatorReport(year: $year, directorate: $directorate) {
      filename
      mimeType
      base64
    }
  }
`);
