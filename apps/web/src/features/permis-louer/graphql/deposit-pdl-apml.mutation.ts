import { graphql } from '../../../gql';

export const DepositPdlApmlMutation = graphql(`
  mutation DepositPdlApml($input: PdlApmlDepositInput!) {
    depositPdlApml(input: $input) {
      id
    }
  }
`);
