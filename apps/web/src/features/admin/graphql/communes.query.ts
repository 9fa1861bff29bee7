import { graphql } from '../../../gql';

export const AdminCommunesQuery = graphql(`
  query AdminCommunes {
    communes {
      inseeCode
      name
    }
  }
`);
