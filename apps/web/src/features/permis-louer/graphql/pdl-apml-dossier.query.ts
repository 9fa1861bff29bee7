import { graphql } from '../../../gql';

export const PdlApmlDossierQuery = graphql(`
  query PdlApmlDossier($id: ID!) {
    pdlApmlDossier(id: $id) {
      id
      version
      number
      ownerKind
      ownerName
      ownerContact
      street
      communeName
      dwellingType
      surfaceM2
      floor
      rooms
      lettingContext
      depositedOn
      receivedOn
      decisionDeadline
      tacitOn
      tacitInDays
      urgency
      status
      outcome
      completeOn
      visitPlannedOn
      inspector
      visitedOn
      visitNotes
      defects {
        category
        severity
        description
      }
      decision
      decidedOn
      reasons
      works
      anahJoint
    }
  }
`);
