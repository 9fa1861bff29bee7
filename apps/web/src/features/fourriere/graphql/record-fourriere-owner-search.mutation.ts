import { graphql } from '../../../gql';

export const RecordFourriereOwnerSearchMutation = graphql(`
  mutation RecordFourriereOwnerSearch($input: FourriereOwnerSearchInput!) {
    recordFourriereOwnerSearch(input: $input) {
      id
    }
  }
`);
