import { graphql } from '../../../gql';

export const PdlApdDossiersQuery = graphql(`
  query PdlApdDossiers($offset: Int, $limit: Int) {
    pdlApdDossiers(offset: $offset, limit: $limit) {
      total
      items {
        id
        number
        ownerName
        street
        communeName
        dwellingsCount
        receivedOn
        tacitOn
        outcome
        finalApprovalOn
      }
    }
  }
`);

export const PdlApdDossierQuery = graphql(`
  query PdlApdDossier($id: ID!) {
    pdlApdDossier(id: $id) {
      id
      version
      number
      ownerName
      street
      communeName
      dwellingsCount
      receivedOn
      tacitOn
      outcome
      decidedOn
      finalApprovalOn
      anahJoint
    }
  }
`);

export const DepositPdlApdMutation = graphql(`
  mutation DepositPdlApd($input: PdlApdDepositInput!) {
    depositPdlApd(input: $input) {
      id
    }
  }
`);

export const DecidePdlApdMutation = graphql(`
  mutation DecidePdlApd($input: PdlApdDecideInput!) {
    decidePdlApd(input: $input) {
      id
      version
      outcome
    }
  }
`);

export const ApprovePdlApdWorksMutation = graphql(`
  mutation ApprovePdlApdWorks($input: PdlApdStepInput!) {
    approvePdlApdWorks(input: $input) {
      id
      version
      finalApprovalOn
    }
  }
`);
