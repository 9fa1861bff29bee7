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
      cancelledAt
      cancellationReason
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
        recordedByLogin
        recordedAt
      }
    }
    crematoriumLines {
      code
      name
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

export const RescheduleCremationMutation = graphql(`
  mutation RescheduleCremation($input: CrematoriumRescheduleInput!) {
    rescheduleCremation(input: $input) {
      id
    }
  }
`);

export const CancelCremationMutation = graphql(`
  mutation CancelCremation($input: CrematoriumCancelInput!) {
    cancelCremation(input: $input) {
      id
    }
  }
`);

export const RecordCrematoriumAshesMutation = graphql(`
  mutation RecordCrematoriumAshes($input: CrematoriumAshesInput!) {
    recordCrematoriumAshes(input: $input) {
      id
    }
  }
`);

export const CrematoriumKeptUrnsQuery = graphql(`
  query CrematoriumKeptUrns($offset: Int!, $limit: Int!) {
    crematoriumKeptUrns(offset: $offset, limit: $limit) {
      total
      items {
        id
        reference
        deceasedLastName
        deceasedFirstNames
        operatorName
        cremationOn
        ashesOn
        urnAlertOn
        urnKeptUntil
      }
    }
  }
`);

export const CrematoriumMetalsQuery = graphql(`
  query CrematoriumMetals {
    crematoriumMetals {
      weightKg
      proceedsCents
      allocatedCents
      balanceCents
      lots {
        id
        collectedOn
        weightKg
        buyer
        proceedsCents
      }
      allocations {
        id
        allocatedOn
        purpose
        beneficiary
        amountCents
      }
    }
  }
`);

export const RecordCrematoriumMetalLotMutation = graphql(`
  mutation RecordCrematoriumMetalLot($input: CrematoriumMetalLotInput!) {
    recordCrematoriumMetalLot(input: $input) {
      balanceCents
    }
  }
`);

export const AllocateCrematoriumMetalsMutation = graphql(`
  mutation AllocateCrematoriumMetals($input: CrematoriumMetalAllocationInput!) {
    allocateCrematoriumMetals(input: $input) {
      balanceCents
    }
  }
`);
