import { graphql } from '../../../gql';

export const PdlSanctionsQuery = graphql(`
  query PdlSanctions($filter: PdlSanctionFilter!, $offset: Int, $limit: Int) {
    pdlSanctions(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        id
        ownerName
        street
        communeName
        offence
        foundOn
        authority
        stage
        amount
      }
    }
  }
`);

export const PdlSanctionQuery = graphql(`
  query PdlSanction($id: ID!) {
    pdlSanction(id: $id) {
      id
      version
      ownerName
      street
      communeName
      offence
      foundOn
      authority
      maxFine
      reportedOn
      observationsInvitedOn
      orderedOn
      amount
      revenueOrderOn
      paidOn
      stage
    }
  }
`);

export const RecordPdlOffenceMutation = graphql(`
  mutation RecordPdlOffence($input: PdlOffenceInput!) {
    recordPdlOffence(input: $input) {
      id
    }
  }
`);

export const RecordPdlSanctionStepMutation = graphql(`
  mutation RecordPdlSanctionStep($input: PdlSanctionStepInput!) {
    recordPdlSanctionStep(input: $input) {
      id
      version
      stage
    }
  }
`);
