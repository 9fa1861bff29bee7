import { graphql } from '../../../gql';

export const ImportAdsDossiersMutation = graphql(`
  mutation ImportAdsDossiers($filename: String!, $base64: String!) {
    importAdsDossiers(filename: $filename, base64: $base64) {
      committed
      imported
      skipped
      rejected
      lines {
        line
        number
        status
        messages
      }
    }
  }
`);
