import { graphql } from '../../../gql';

export const SetFourriereTariffMutation = graphql(`
  mutation SetFourriereTariff($input: FourriereTariffInput!) {
    setFourriereTariff(input: $input) {
      id
      validFrom
      species
      status
    }
  }
`);
