import { graphql } from '../../../gql';

export const AddFourriereVetActMutation = graphql(`
  mutation AddFourriereVetAct($input: FourriereVetActInput!) {
    addFourriereVetAct(input: $input) {
      id
    }
  }
`);
