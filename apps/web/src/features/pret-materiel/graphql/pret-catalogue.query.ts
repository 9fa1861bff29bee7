import { graphql } from '../../../gql';

export const PretCatalogueQuery = graphql(`
  query PretCatalogue {
    pretKinds {
      id
      name
      unit
      stockToday
    }
    communes {
      inseeCode
      name
    }
  }
`);

export const PretPlanningQuery = graphql(`
  query PretPlanning($from: Date!, $to: Date!) {
    pretPlanning(from: $from, to: $to) {
      kindId
      kindName
      unit
      days {
        day
        stock
        booked
        available
        short
      }
    }
  }
`);
