import { graphql } from '../../../gql';

export const CreateAdsDossierMutation = graphql(`
  mutation CreateAdsDossier($input: CreateAdsDossierInput!) {
    createAdsDossier(input: $input) {
      id
      number
    }
  }
`);
