import { graphql } from '../../../gql';

export const DashboardQuery = graphql(`
  query Dashboard($year: Int!, $directorate: Directorate!, $asOf: Date, $seriesTo: Int!) {
    indicators(year: $year, directorate: $directorate, asOf: $asOf) {
      key
      label
      description
      unit
      directorate
      kind
      riseIs
      year
      value
      previousValue
      evolution
      periodEnd
      previousPeriodEnd
      previousValueDeclared
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
    indicatorSeries(to: $seriesTo, years: 8, directorate: $directorate) {
      key
      unit
      points {
        year
        value
        declared
        source
      }
    }
  }
`);
