import { graphql } from '../../../gql';

export const CompletePdlApmlMutation = graphql(`
  mutation CompletePdlApml($input: PdlApmlStepInput!) {
    completePdlApml(input: $input) {
      id
      version
      status
    }
  }
`);

export const PlanPdlVisitMutation = graphql(`
  mutation PlanPdlVisit($input: PdlPlanVisitInput!) {
    planPdlVisit(input: $input) {
      id
      version
      status
    }
  }
`);

export const RecordPdlVisitMutation = graphql(`
  mutation RecordPdlVisit($input: PdlRecordVisitInput!) {
    recordPdlVisit(input: $input) {
      id
      version
      status
    }
  }
`);

export const DecidePdlApmlMutation = graphql(`
  mutation DecidePdlApml($input: PdlDecideInput!) {
    decidePdlApml(input: $input) {
      id
      version
      status
    }
  }
`);
