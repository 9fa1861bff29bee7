import { graphql } from '../../../gql';

export const FourriereCommunesQuery = graphql(`
  query FourriereCommunes {
    communes {
      inseeCode
      name
    }
  }
`);
