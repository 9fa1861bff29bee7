import { graphql } from '../../../gql';

export const PdlPerimetersQuery = graphql(`
  query PdlPerimeters {
    pdlPerimeters {
      id
      communeInsee
      communeName
      kind
      streets
      validFrom
      validTo
    }
  }
`);
