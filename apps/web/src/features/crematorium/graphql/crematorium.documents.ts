import { graphql } from '../../../gql';

export const CrematoriumPlanningQuery = graphql(`
  query CrematoriumPlanning($day: Date!, $year: Int!) {
    crematoriumLineLoad(year: $year) {
      code
      name
      booked
      available
      utilisation
    }
    crematoriumLines {
      code
      name
      slots
      slotMinutes
    }
    crematoriumPlanning(day: $day) {
      id
      reference
      lineCode
      startsAt
      kind
      deceasedLastName
      deceasedFirstNames
      operatorName
      ceremonyRoom
      status
    }
  }
`);

export const CremationQuery = graphql(`
  query Cremation($id: ID!) {
    cremation(id: $id) {
      id
      version
      reference
      lineName
      startsAt
      endsAt
      cremationOn
      kind
      deceasedLastName
      deceasedFirstNames
      birthOn
      deathAt
      deathCommuneName
      residenceCommuneName
      operatorName
      authorisationOn
      authorisationCommune
      prosthesisCertificate
      ceremonyRoom
      derogationRef
      latestLegalDay
      status
      completedAt
      ashesFate
      ashesOn
      ashesPerson
      urnKeptUntil
      scans {
        id
        scannedAt
        result
        objectType
        authorisedBy
        witnesses
        familyInformedAt
        openedAt
        objectRemoved
        delayMinutes
        closedAt
      }
      reschedules {
        fromLineCode
        fromStartsAt
        toLineCode
        toStartsAt
        reason
      }
    }
  }
`);

export const BookCremationMutation = graphql(`
  mutation BookCremation($input: CrematoriumBookingInput!) {
    bookCremation(input: $input) {
      id
    }
  }
`);

export const RecordCrematoriumScanMutation = graphql(`
  mutation RecordCrematoriumScan($input: CrematoriumScanInput!) {
    recordCrematoriumScan(input: $input) {
      id
    }
  }
`);

export const RecordCrematoriumProtocolMutation = graphql(`
  mutation RecordCrematoriumProtocol($input: CrematoriumProtocolInput!) {
    recordCrematoriumProtocol(input: $input) {
      id
    }
  }
`);

export const CompleteCremationMutation = graphql(`
  mutation CompleteCremation($input: CrematoriumCompleteInput!) {
    completeCremation(input: $input) {
      id
    }
  }
`);
