import { graphql } from '../../../gql';

export const EndServiceMembershipMutation = graphql(`
  mutation EndServiceMembership($id: ID!, $validTo: Date!, $confirmBackdated: Boolean) {
    endServiceMembership(id: $id, validTo: $validTo, confirmBackdated: $confirmBackdated) {
      id
      validTo
    }
  }
`);

export const EndServiceMembershipImpactQuery = graphql(`
  query EndServiceMembershipImpact($id: ID!, $validTo: Date!) {
    endServiceMembershipImpact(id: $id, validTo: $validTo) {
      ...FigureChangeFields
    }
  }
`);
