import { graphql } from '../../../gql';

export const FourriereCalendarQuery = graphql(`
  query FourriereCalendar {
    fourriereCalendar {
      inForce {
        id
        validFrom
        workedHolidays
        extraClosedDays
        status
        recordedByLogin
        recordedAt
      }
      history {
        id
        validFrom
        workedHolidays
        extraClosedDays
        status
        recordedByLogin
        recordedAt
      }
    }
  }
`);
