import { graphql } from '../../../gql';

export const AdsDossierExportQuery = graphql(`
  query AdsDossierExport($filter: AdsDossierFilter, $sort: AdsSort, $format: AdsExportFormat) {
    adsDossierExport(filter: $filter, sort: $sort, format: $format) {
      filename
      mimeType
      base64
    }
  }
`);
