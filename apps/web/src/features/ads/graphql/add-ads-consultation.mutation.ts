import { graphql } from '../../../gql';

export const AddAdsConsultationMutation = graphql(`
  mutation AddAdsConsultation($dossierId: ID!, $input: AddAdsConsultationInput!) {
    addAdsConsultation(dossierId: $dossierId, input: $input) {
      ...AdsDossierFields
    }
  }
`);
