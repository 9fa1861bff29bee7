import { graphql } from '../../../gql';

export const FourriereAnimalQuery = graphql(`
  query FourriereAnimal($id: ID!) {
    fourriereAnimal(id: $id) {
      id
      version
      reference
      species
      origin
      intakeAt
      intakeOn
      communeName
      place
      breed
      sex
      colour
      estimatedAge
      litterId
      identificationKind
      identificationNumber
      healthNotes
      contractorRef
      requisitionRef
      holdingEnd
      cessionAllowedFrom
      holdingStatus
      daysInCustody
      present
      courtDecidedOn
      courtRuling
      courtDecision
      recordedByLogin
      outcome {
        type
        outcomeOn
        ownerName
        ownerContact
        associationName
        adopterName
        reason
        stayCostCents
        recordedByLogin
        recordedAt
      }
      ownerSearches {
        id
        doneOn
        kind
        result
        ownerName
        ownerPhone
        ownerAddress
        notes
        recordedByLogin
      }
      vetActs {
        id
        actOn
        kind
        label
        amountCents
        notes
        recordedByLogin
      }
      feesDue {
        on
        totalCents
      }
      payments {
        id
        paidOn
        amountCents
        method
        receiptNumber
        payerName
      }
    }
  }
`);
