import { graphql } from '../../../gql';

export const DashboardAlarmsQuery = graphql(`
  query DashboardAlarms($directorate: Directorate) {
    alarms(directorate: $directorate) {
      key
      label
      description
      severity
      total
      preview {
        id
        reference
        label
        detail
        dueDate
        path
      }
    }
  }
`);
