import { graphql } from '../../../gql';

export const SetFourriereCalendarMutation = graphql(`
  mutation SetFourriereCalendar($input: FourriereCalendarInput!, $confirmBackdated: Boolean) {
    setFourriereCalendar(input: $input, confirmBackdated: $confirmBackdated) {
      inForce {
        id
        validFrom
      }
    }
  }
`);

export const FourriereCalendarImpactQuery = graphql(`
  query FourriereCalendarImpact($input: FourriereCalendarInput!) {
    fourriereCalendarImpact(input: $input) {
      ...FigureChangeFields
    }
  }
`);
