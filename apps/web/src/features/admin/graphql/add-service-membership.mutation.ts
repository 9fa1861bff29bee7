import { graphql } from '../../../gql';

export const AddServiceMembershipMutation = graphql(`
  mutation AddServiceMembership($input: AddServiceMembershipInput!, $confirmBackdated: Boolean) {
    addServiceMembership(input: $input, confirmBackdated: $confirmBackdated) {
      id
    }
  }
`);

export const AddServiceMembershipImpactQuery = graphql(`
  query AddServiceMembershipImpact($input: AddServiceMembershipInput!) {
    addServiceMembershipImpact(input: $input) {
      ...FigureChangeFields
    }
  }
`);
