import { graphql } from '../../../gql';

export const OverviewQuery = graphql(`
  query DashboardOverview($year: Int!) {
    indicators(year: $year) {
      key
      label
      unit
      directorate
      kind
      riseIs
      year
      value
      previousValue
      evolution
      previousValueDeclared
      declaredSource
    }
  }
`);
