import { graphql } from '../../../gql';

export const IndicatorsQuery = graphql(`
  query Indicators($year: Int!, $directorate: Directorate) {
    indicators(year: $year, directorate: $directorate) {
      key
      label
      description
      unit
      directorate
      version
      kind
      riseIs
      year
      value
      previousValue
      evolution
      canDeclare
      declaredSource
      drillable
      breakdowns {
        dimension
        label
        items {
          member
          label
          value
        }
      }
    }
  }
`);
