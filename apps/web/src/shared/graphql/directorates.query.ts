import { graphql } from '../../gql';

export const DirectoratesQuery = graphql(`
  query Directorates {
    directorates {
      key
      label
      hasModule
      canWrite
      canDeclare
    }
  }
`);
