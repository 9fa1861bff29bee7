import { graphql } from '../../../gql';

export const RecordFourriereOutcomeMutation = graphql(`
  mutation RecordFourriereOutcome($input: FourriereOutcomeInput!) {
    recordFourriereOutcome(input: $input) {
      id
      present
    }
  }
`);
