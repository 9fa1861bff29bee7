import { graphql } from '../../../gql';

export const DashboardAlarmRecordsQuery = graphql(`
  query DashboardAlarmRecords($key: String!, $offset: Int!, $limit: Int!) {
    alarmRecords(key: $key, offset: $offset, limit: $limit) {
      total
      items {
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
