import { graphql } from '../../../gql';

export const AssignAdsDossiersMutation = graphql(`
  mutation AssignAdsDossiers($ids: [ID!]!, $instructorId: ID) {
    assignAdsDossiers(ids: $ids, instructorId: $instructorId)
  }
`);

export const AssignAdsDossierMutation = graphql(`
  mutation AssignAdsDossier($id: ID!, $instructorId: ID) {
    assignAdsDossier(id: $id, instructorId: $instructorId) {
      ...AdsDossierFields
    }
  }
`);
