import { graphql } from '../../../gql';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      login
      displayName
      role
      directorates
    }
  }
`);
