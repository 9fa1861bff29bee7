import { graphql } from '../../../gql';

/** Communes of the ADS service on a day (option 1 = instruction), for the commune field. */
export const AdsServiceMembershipsQuery = graphql(`
  query AdsServiceMemberships($on: Date) {
    serviceMemberships(service: "ads", on: $on) {
      option
      commune {
        inseeCode
        name
      }
    }
  }
`);
