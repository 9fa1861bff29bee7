import { graphql } from '../../../gql';

export const UpdateAdsDossierMutation = graphql(`
  mutation UpdateAdsDossier($id: ID!, $input: UpdateAdsDossierInput!) {
    updateAdsDossier(id: $id, input: $input) {
      ...AdsDossierFields
    }
  }
`);
