import { graphql } from '../../../gql';

export const FourriereAnimalsQuery = graphql(`
  query FourriereAnimals($filter: FourriereAnimalFilter!) {
    fourriereAnimals(filter: $filter) {
      total
      items {
        id
        reference
        species
        origin
        intakeAt
        intakeOn
        communeName
        breed
        colour
        identificationKind
        identificationNumber
        holdingEnd
        holdingStatus
        daysInCustody
        present
        outcome {
          type
          outcomeOn
        }
      }
    }
  }
`);
