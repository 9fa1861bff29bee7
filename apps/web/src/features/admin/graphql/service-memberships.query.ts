import { graphql } from '../../../gql';

export const ServiceMembershipsQuery = graphql(`
  query ServiceMemberships($service: String!, $on: Date) {
    serviceMemberships(service: $service, on: $on) {
      id
      service
      option
      validFrom
      validTo
      commune {
        inseeCode
        name
      }
    }
  }
`);
