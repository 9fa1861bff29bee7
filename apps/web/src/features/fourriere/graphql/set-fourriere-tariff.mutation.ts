import { graphql } from '../../../gql';

export const SetFourriereTariffMutation = graphql(`
  mutation SetFourriereTariff($input: FourriereTariffInput!, $confirmBackdated: Boolean) {
    setFourriereTariff(input: $input, confirmBackdated: $confirmBackdated) {
      id
      validFrom
      species
      status
    }
  }
`);

export const FourriereTariffImpactQuery = graphql(`
  query FourriereTariffImpact($input: FourriereTariffInput!) {
    fourriereTariffImpact(input: $input) {
      ...FigureChangeFields
    }
  }
`);
