import { graphql } from '../../../gql';

export const FourriereOutcomeOptionsQuery = graphql(`
  query FourriereOutcomeOptions($id: ID!, $on: Date!) {
    fourriereAnimal(id: $id) {
      id
      allowedOutcomes(on: $on)
      feesDue(on: $on) {
        on
        totalCents
        tariffValidFrom
        lines {
          code
          label
          quantity
          unitCents
          amountCents
        }
      }
    }
  }
`);
