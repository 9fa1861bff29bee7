import { graphql } from '../../../gql';

export const DeclareIndicatorValueMutation = graphql(`
  mutation DeclareIndicatorValue($key: String!, $year: Int!, $value: Float!, $source: String) {
    declareIndicatorValue(key: $key, year: $year, value: $value, source: $source) {
      key
      year
      value
      previousValue
      evolution
      canDeclare
      declaredSource
    }
  }
`);
