import { graphql } from '../../../gql';

export const RecordFourriereCourtDecisionMutation = graphql(`
  mutation RecordFourriereCourtDecision($input: FourriereCourtDecisionInput!) {
    recordFourriereCourtDecision(input: $input) {
      id
      courtRuling
    }
  }
`);
