import { graphql } from '../../../gql';

export const FourriereBoardAlertsQuery = graphql(`
  query FourriereBoardAlerts {
    fourriereBoardAlerts {
      endsToday
      overdue
      animals {
        id
        reference
        species
        breed
        intakeOn
        communeName
        identificationKind
        identificationNumber
        holdingEnd
        holdingStatus
        daysInCustody
      }
    }
  }
`);
