import { graphql } from '../../../gql';

export const DeclareIndicatorValueMutation = graphql(`
  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!) {
    declareIndicatorValue(key: $key, year: $year, value: $value) {
      key
      year
      value
      previousValue
      evolution
      canDeclare
    }
  }
`);
