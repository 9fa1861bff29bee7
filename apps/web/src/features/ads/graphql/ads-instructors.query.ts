import { graphql } from '../../../gql';

export const AdsInstructorsQuery = graphql(`
  query AdsInstructors {
    adsInstructors {
      id
      displayName
      login
    }
  }
`);
