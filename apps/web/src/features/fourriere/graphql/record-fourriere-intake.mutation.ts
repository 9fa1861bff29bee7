import { graphql } from '../../../gql';

export const RecordFourriereIntakeMutation = graphql(`
  mutation RecordFourriereIntake($input: FourriereIntakeInput!) {
    recordFourriereIntake(input: $input) {
      id
      reference
    }
  }
`);
