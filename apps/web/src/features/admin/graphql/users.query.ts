import { graphql } from '../../../gql';

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      login
      displayName
      role
      directorates
      active
      mustChangePassword
    }
  }
`);
