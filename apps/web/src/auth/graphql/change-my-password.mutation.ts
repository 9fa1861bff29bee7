import { graphql } from '../../gql';

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangePasswordInput!) {
    changeMyPassword(input: $input) {
      id
      mustChangePassword
    }
  }
`);
