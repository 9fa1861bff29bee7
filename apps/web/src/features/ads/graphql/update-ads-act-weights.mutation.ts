import { graphql } from '../../../gql';

export const UpdateAdsActWeightsMutation = graphql(`
  mutation UpdateAdsActWeights($validFrom: Date!, $weights: [AdsActWeightInput!]!) {
    updateAdsActWeights(validFrom: $validFrom, weights: $weights) {
      dossierType
      validFrom
      weight
    }
  }
`);
