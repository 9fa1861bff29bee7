import { graphql } from '../../../gql';

export const PersonalDataExportQuery = graphql(`
  query PersonalDataExport($search: String!) {
    personalDataExport(search: $search) {
      label
      rows
    }
  }
`);

export const AnonymisePastRetentionMutation = graphql(`
  mutation AnonymisePastRetention {
    anonymisePastRetention {
      kind
      cutoff
      records
    }
  }
`);
