import { graphql } from '../../../gql';

export const SetFourriereCalendarMutation = graphql(`
  mutation SetFourriereCalendar($input: FourriereCalendarInput!) {
    setFourriereCalendar(input: $input) {
      inForce {
        id
        validFrom
      }
    }
  }
`);
