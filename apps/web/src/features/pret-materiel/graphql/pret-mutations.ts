import { graphql } from '../../../gql';

export const CreatePretRequestMutation = graphql(`
  mutation CreatePretRequest($input: PretRequestInput!) {
    createPretRequest(input: $input) {
      id
    }
  }
`);

export const ApprovePretRequestMutation = graphql(`
  mutation ApprovePretRequest($input: PretApproveInput!) {
    approvePretRequest(input: $input) {
      ...PretRequestFields
    }
  }
`);

export const RefusePretRequestMutation = graphql(`
  mutation RefusePretRequest($input: PretRefuseInput!) {
    refusePretRequest(input: $input) {
      ...PretRequestFields
    }
  }
`);

export const AdvancePretRequestMutation = graphql(`
  mutation AdvancePretRequest($input: PretAdvanceInput!) {
    advancePretRequest(input: $input) {
      ...PretRequestFields
    }
  }
`);

export const RecordPretReturnMutation = graphql(`
  mutation RecordPretReturn($input: PretReturnInput!) {
    recordPretReturn(input: $input) {
      ...PretRequestFields
    }
  }
`);
