import { graphql } from '../../../gql';

export const AddAdsMajorationMutation = graphql(`
  mutation AddAdsMajoration($dossierId: ID!, $input: AddAdsMajorationInput!) {
    addAdsMajoration(dossierId: $dossierId, input: $input) {
      ...AdsDossierFields
    }
  }
`);
