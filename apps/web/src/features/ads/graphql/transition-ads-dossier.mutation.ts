import { graphql } from '../../../gql';

export const TransitionAdsDossierMutation = graphql(`
  mutation TransitionAdsDossier($id: ID!, $input: AdsTransitionInput!) {
    transitionAdsDossier(id: $id, input: $input) {
      ...AdsDossierFields
    }
  }
`);
