import { graphql } from '../../../gql';

export const AdsActWeightsQuery = graphql(`
  query AdsActWeights($on: Date) {
    adsActWeights(on: $on) {
      dossierType
      validFrom
      weight
    }
    adsActWeightHistory {
      validFrom
      updatedBy
      weights {
        dossierType
        weight
      }
    }
  }
`);
