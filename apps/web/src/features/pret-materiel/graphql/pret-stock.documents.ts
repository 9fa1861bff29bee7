import { graphql } from '../../../gql';

export const PretStockQuery = graphql(`
  query PretStock($kindId: ID, $offset: Int!, $limit: Int!) {
    pretKinds {
      id
      name
      unit
      stockToday
    }
    pretStockMovements(kindId: $kindId, offset: $offset, limit: $limit) {
      total
      items {
        id
        kindName
        movedOn
        movement
        quantity
        costCents
        notes
        recordedByLogin
      }
    }
  }
`);

export const CreatePretKindMutation = graphql(`
  mutation CreatePretKind($input: PretKindInput!) {
    createPretKind(input: $input) {
      id
    }
  }
`);

export const RecordPretStockMovementMutation = graphql(`
  mutation RecordPretStockMovement($input: PretStockMovementInput!) {
    recordPretStockMovement(input: $input)
  }
`);

export const PretRepairsQuery = graphql(`
  query PretRepairs($openOnly: Boolean!, $offset: Int!, $limit: Int!) {
    pretRepairs(openOnly: $openOnly, offset: $offset, limit: $limit) {
      total
      items {
        id
        kindName
        requestId
        quantity
        cause
        openedOn
        closedOn
        outcome
        hours
        costCents
        version
      }
    }
  }
`);

export const ClosePretRepairMutation = graphql(`
  mutation ClosePretRepair($input: PretRepairCloseInput!) {
    closePretRepair(input: $input) {
      id
    }
  }
`);

export const PretInterventionsQuery = graphql(`
  query PretInterventions($offset: Int!, $limit: Int!) {
    pretInterventions(offset: $offset, limit: $limit) {
      total
      items {
        id
        service
        kind
        doneOn
        agentCount
        hours
        notes
      }
    }
  }
`);

export const RecordPretInterventionMutation = graphql(`
  mutation RecordPretIntervention($input: PretInterventionInput!) {
    recordPretIntervention(input: $input) {
      id
    }
  }
`);

export const PretWeekQuery = graphql(`
  query PretWeek($from: Date!) {
    pretWeek(from: $from) {
      day
      moment
      action
      request {
        id
        communeName
        eventName
        eventPlace
        status
        lines {
          kindId
          kindName
          unit
          requested
          approved
        }
      }
    }
  }
`);
