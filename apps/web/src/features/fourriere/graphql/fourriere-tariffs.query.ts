import { graphql } from '../../../gql';

export const FourriereTariffsQuery = graphql(`
  query FourriereTariffs {
    fourriereTariffs {
      id
      validFrom
      species
      captureCents
      boardingPerDayCents
      identificationCents
      vetVisitCents
      note
      status
      recordedByLogin
      recordedAt
    }
  }
`);
