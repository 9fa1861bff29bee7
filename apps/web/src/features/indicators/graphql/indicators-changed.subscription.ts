import { graphql } from '../../../gql';

export const IndicatorsChangedSubscription = graphql(`
  subscription IndicatorsChanged($directorate: Directorate) {
    indicatorsChanged(directorate: $directorate) {
      directorate
      tables
      time
    }
  }
`);
