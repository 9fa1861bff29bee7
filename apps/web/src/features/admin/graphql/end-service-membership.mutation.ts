import { graphql } from '../../../gql';

export const EndServiceMembershipMutation = graphql(`
  mutation EndServiceMembership($id: ID!, $validTo: Date!) {
    endServiceMembership(id: $id, validTo: $validTo) {
      id
      validTo
    }
  }
`);
