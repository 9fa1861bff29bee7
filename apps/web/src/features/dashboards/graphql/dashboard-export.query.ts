import { graphql } from '../../../gql';

export const DashboardExportQuery = graphql(`
  query DashboardExport($year: Int!, $directorate: Directorate, $asOf: Date, $format: IndicatorExportFormat!) {
    indicatorReport(year: $year, directorate: $directorate, asOf: $asOf, format: $format) {
      filename
      mimeType
      base64
    }
  }
`);
