import { graphql } from '../../../gql';

/** @public The fragment the loan mutations spread (`...PretRequestFields`); codegen reads it from here. */
export const PretRequestFields = graphql(`
  fragment PretRequestFields on PretRequest {
    id
    communeInsee
    communeName
    eventName
    eventPlace
    startOn
    endOn
    handover
    status
    partial
    requestedOn
    answeredOn
    refusalReason
    returnedOn
    version
    lines {
      kindId
      kindName
      unit
      requested
      approved
      returned
      missing
      damaged
    }
  }
`);

export const PretRequestQuery = graphql(`
  query PretRequest($id: ID!) {
    pretRequest(id: $id) {
      ...PretRequestFields
    }
    pretAvailability(requestId: $id) {
      kindId
      requested
      available
    }
  }
`);
