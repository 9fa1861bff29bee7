import { graphql } from '../../../gql';

export const PdlSchemeQuery = graphql(`
  query PdlScheme {
    serviceMemberships(service: "permis_louer") {
      id
      validFrom
      validTo
      commune {
        inseeCode
        name
      }
    }
    pdlPerimeters {
      id
      communeInsee
      communeName
      kind
      streets
      publishedOn
      validFrom
      validTo
      membershipId
    }
  }
`);

export const CreatePdlPerimeterMutation = graphql(`
  mutation CreatePdlPerimeter($input: PdlPerimeterInput!, $confirmBackdated: Boolean) {
    createPdlPerimeter(input: $input, confirmBackdated: $confirmBackdated)
  }
`);

export const PdlPerimeterImpactQuery = graphql(`
  query PdlPerimeterImpact($input: PdlPerimeterInput!) {
    pdlPerimeterImpact(input: $input) {
      ...FigureChangeFields
    }
  }
`);

export const PdlAllCommunesQuery = graphql(`
  query PdlAllCommunes {
    communes {
      inseeCode
      name
    }
  }
`);
