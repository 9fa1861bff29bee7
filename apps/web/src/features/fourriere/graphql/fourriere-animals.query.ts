import { graphql } from '../../../gql';

export const FourriereAnimalsQuery = graphql(`
  query FourriereAnimals($filter: FourriereAnimalFilter!, $offset: Int, $limit: Int) {
    fourriereAnimals(filter: $filter, offset: $offset, limit: $limit) {
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
