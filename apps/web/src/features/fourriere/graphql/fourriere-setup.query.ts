import { graphql } from '../../../gql';

export const FourriereSetupQuery = graphql(`
  query FourriereSetup {
    fourriereSetup {
      key
      blocking
      message
      path
    }
  }
`);
