import { graphql } from '../../../gql';

export const AdsActWeightsImpactQuery = graphql(`
  query AdsActWeightsImpact($validFrom: Date!, $weights: [AdsActWeightInput!]!) {
    adsActWeightsImpact(validFrom: $validFrom, weights: $weights) {
      ...FigureChangeFields
    }
  }
`);
