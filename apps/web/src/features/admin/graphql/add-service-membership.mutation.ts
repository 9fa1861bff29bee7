import { graphql } from '../../../gql';

export const AddServiceMembershipMutation = graphql(`
  mutation AddServiceMembership($input: AddServiceMembershipInput!) {
    addServiceMembership(input: $input) {
      id
    }
  }
`);
