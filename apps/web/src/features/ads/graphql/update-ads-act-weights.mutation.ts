import { graphql } from '../../../gql';

export const UpdateAdsActWeightsMutation = graphql(`
  mutation UpdateAdsActWeights($validFrom: Date!, $weights: [AdsActWeightInput!]!, $confirmBackdated: Boolean) {
    updateAdsActWeights(validFrom: $validFrom, weights: $weights, confirmBackdated: $confirmBackdated) {
      dossierType
      validFrom
      weight
    }
  }
`);
