import { graphql } from '../../../gql';

/** @public The fragment the ADS mutations spread (`...AdsDossierFields`); codegen reads it from here. */
export const AdsDossierFields = graphql(`
  fragment AdsDossierFields on AdsDossier {
    id
    version
    number
    initialNumber
    type
    communeInsee
    communeName
    depositedOn
    channel
    applicantKind
    applicantName
    landAddress
    cadastralParcels
    projectNature
    floorAreaCreated
    dwellingsCreated
    tacitRefusalCase
    instructorId
    instructorName
    status
    statusOn
    outcome
    deadline
    decidedOn
    situation
    tacitCertificateOn
    piecesRequestedOn
    piecesReceivedOn
    completeOn
    closedOn
    docOn
    daactOn
    conformityOn
    allowedActions
    expressOutcomes
    consultationsAllowed
    computedDeadline {
      baseMonths
      months
      completenessLimit
      piecesRequestLate
      state
      startsOn
      piecesDueOn
      deadline
      tacitOn
      tacitOutcome
      majorations {
        id
        kind
        notifiedOn
        applied
        reason
      }
    }
    consultations {
      id
      version
      service
      serviceDetail
      sentOn
      dueOn
      opinion
      effectiveOpinion
      opinionOn
      comment
    }
    events {
      id
      kind
      eventOn
      fromStatus
      toStatus
      actorLogin
      summary
      recordedAt
    }
  }
`);

export const AdsDossierQuery = graphql(`
  query AdsDossier($id: ID!) {
    adsDossier(id: $id) {
      ...AdsDossierFields
    }
  }
`);
