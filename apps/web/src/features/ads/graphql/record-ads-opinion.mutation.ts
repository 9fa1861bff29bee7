import { graphql } from '../../../gql';

export const RecordAdsOpinionMutation = graphql(`
  mutation RecordAdsOpinion($consultationId: ID!, $input: RecordAdsOpinionInput!) {
    recordAdsOpinion(consultationId: $consultationId, input: $input) {
      ...AdsDossierFields
    }
  }
`);
